/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * A test of the whole LRS through MockMvc, on a fresh database of its own. Inject
 * {@link XapiClient} to send authenticated xAPI requests.
 * <p>
 * The build runs these tests once per database: SQLite, PostgreSQL and MariaDB (tag
 * {@value #TAG}; system property {@code cairn.test.database} selects the database, see
 * {@link TestDatabase}). Test classes with the same configuration share one application
 * context, and so one database, within a run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag(LrsTest.TAG)
@ExtendWith(TestDatabaseCondition.class)
@SpringBootTest
@ContextConfiguration(initializers = TestDatabaseInitializer.class)
@AutoConfigureMockMvc
@Import(XapiClient.class)
public @interface LrsTest {

	/** The tag of the tests that run once per database. */
	String TAG = "database";

}
