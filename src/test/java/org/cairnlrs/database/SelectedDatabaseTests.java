/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import javax.sql.DataSource;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.TestDatabase;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * The feature tests of a run really talk to the database the run is for, migrated with
 * that vendor's migrations.
 */
@LrsTest
class SelectedDatabaseTests {

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DatabaseProperties properties;

	@Test
	void application_usesTheDatabaseOfThisRun() throws SQLException {
		DatabaseVendor vendor = TestDatabase.selectedVendor();
		String product;
		try (Connection connection = this.dataSource.getConnection()) {
			product = connection.getMetaData().getDatabaseProductName();
		}

		assertThat(this.properties.vendor()).isEqualTo(vendor);
		assertThat(product).isEqualToIgnoringCase(switch (vendor) {
			case SQLITE -> "SQLite";
			case POSTGRESQL -> "PostgreSQL";
			case MARIADB, MYSQL -> "MariaDB";
		});
	}

	@Test
	void migrations_ofThisVendorHaveAllRunSuccessfully() throws IOException {
		List<String> applied = this.jdbc
			.sql("SELECT script FROM flyway_schema_history WHERE success = TRUE AND version IS NOT NULL "
					+ "ORDER BY installed_rank")
			.query(String.class)
			.list();

		assertThat(applied).containsExactlyElementsOf(MigrationSetTests.migrations(this.properties.vendor()));
	}

	@Test
	void standardSql_meansTheSameOnThisDatabase() {
		// || concatenates and a backslash is an ordinary character, as in standard SQL,
		// also on MariaDB and MySQL.
		assertThat(this.jdbc.sql("SELECT 'cairn' || '-' || 'lrs'").query(String.class).single()).isEqualTo("cairn-lrs");
		assertThat(this.jdbc.sql("SELECT LENGTH('a\\b')").query(Integer.class).single()).isEqualTo(3);
	}

	@Test
	void serverTransactions_areReadCommitted() throws SQLException {
		assumeThat(this.properties.vendor().isServer()).as("SQLite transactions are serializable").isTrue();

		try (Connection connection = this.dataSource.getConnection()) {
			assertThat(connection.getTransactionIsolation()).isEqualTo(Connection.TRANSACTION_READ_COMMITTED);
		}
	}

}
