/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.support;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test application context at a fresh database of the vendor this test run is
 * for (see {@link TestDatabase}). Its settings come first, before environment variables
 * such as {@code DB_CONNECTION} that the machine running the tests may have.
 */
public class TestDatabaseInitializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		TestDatabase database = TestDatabase.create();
		context.getEnvironment()
			.getPropertySources()
			.addFirst(new MapPropertySource("cairnTestDatabase", database.applicationProperties()));
	}

}
