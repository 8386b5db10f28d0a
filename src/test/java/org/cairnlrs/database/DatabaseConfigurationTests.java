/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * The JDBC URL built from {@code DB_CONNECTION}, {@code DB_HOST}, {@code DB_PORT},
 * {@code DB_DATABASE} and {@code DB_URL}.
 */
class DatabaseConfigurationTests {

	@Test
	void pgsql_withHostPortAndDatabase_batchesInserts() {
		String url = DatabaseConfiguration.jdbcUrl(properties("pgsql", "lrs", "db.example", 6543, null));

		assertThat(url).startsWith("jdbc:postgresql://db.example:6543/lrs?").contains("reWriteBatchedInserts=true");
	}

	@Test
	void pgsql_withoutPortOrDatabase_usesDefaults() {
		String url = DatabaseConfiguration.jdbcUrl(properties("pgsql", "", "db.example", 0, null));

		assertThat(url).startsWith("jdbc:postgresql://db.example:5432/cairn?");
	}

	@Test
	void postgresAliases_meanPgsql() {
		assertThat(DatabaseVendor.fromConnection("postgresql")).isEqualTo(DatabaseVendor.POSTGRESQL);
		assertThat(DatabaseVendor.fromConnection(" PgSQL ")).isEqualTo(DatabaseVendor.POSTGRESQL);
	}

	@Test
	void mariadbAndMysql_useTheMariadbDriverAndOneMigrationFolder() {
		String mariadb = DatabaseConfiguration.jdbcUrl(properties("mariadb", "lrs", "10.0.0.5", 0, null));
		String mysql = DatabaseConfiguration.jdbcUrl(properties("mysql", "lrs", "10.0.0.5", 3307, null));

		assertThat(mariadb).startsWith("jdbc:mariadb://10.0.0.5:3306/lrs");
		assertThat(mysql).startsWith("jdbc:mariadb://10.0.0.5:3307/lrs");
		assertThat(DatabaseVendor.MYSQL.migrationLocation()).isEqualTo(DatabaseVendor.MARIADB.migrationLocation())
			.isEqualTo("classpath:db/migration/mysql");
	}

	@Test
	void ipv6Host_isBracketed() {
		String url = DatabaseConfiguration.jdbcUrl(properties("pgsql", "lrs", "::1", 0, null));

		assertThat(url).startsWith("jdbc:postgresql://[::1]:5432/lrs?");
	}

	@Test
	void fullUrl_replacesHostPortAndDatabase() {
		String given = "jdbc:postgresql://a,b/lrs?targetServerType=primary";

		assertThat(DatabaseConfiguration.jdbcUrl(properties("pgsql", "other", "c", 1, given))).isEqualTo(given);
	}

	@Test
	void fullMysqlSchemeUrl_isAcceptedByTheMariadbDriver() {
		String url = DatabaseConfiguration
			.jdbcUrl(properties("mysql", null, null, 0, "jdbc:mysql://db:3306/lrs?sslMode=verify-full"));

		assertThat(url).isEqualTo("jdbc:mysql://db:3306/lrs?sslMode=verify-full&permitMysqlScheme");
	}

	@Test
	void sqlite_database_isTheFilePath() {
		String url = DatabaseConfiguration
			.jdbcUrl(properties("sqlite", "target/test-databases/config.db", null, 0, null));

		assertThat(url).isEqualTo("jdbc:sqlite:target/test-databases/config.db");
	}

	@Test
	void unknownConnection_isRefusedNamingTheChoices() {
		assertThatIllegalStateException().isThrownBy(() -> DatabaseVendor.fromConnection("oracle"))
			.withMessageContaining("DB_CONNECTION 'oracle'")
			.withMessageContaining("pgsql, mariadb, mysql");
	}

	private static DatabaseProperties properties(String connection, String database, String host, int port,
			String url) {
		return new DatabaseProperties(connection, database, host, port, "cairn", "secret", url, 10);
	}

}
