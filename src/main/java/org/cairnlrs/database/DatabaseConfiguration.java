/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Builds the connection pool for the configured vendor and points Flyway at that vendor's
 * migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	static final String DEFAULT_SQLITE_FILE = "data/cairn.db";

	@Bean
	DataSource dataSource(DatabaseProperties properties) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("cairn");
		config.setMaximumPoolSize(Math.max(2, properties.poolSize()));
		config.setJdbcUrl(jdbcUrl(properties));
		if (properties.vendor() == DatabaseVendor.SQLITE) {
			configureSqlite(config);
		}
		else {
			config.setUsername(properties.username());
			config.setPassword(properties.password());
		}
		return new HikariDataSource(config);
	}

	@Bean
	FlywayConfigurationCustomizer vendorMigrations(DatabaseProperties properties) {
		return (configuration) -> configuration.locations(properties.vendor().migrationLocation());
	}

	static String jdbcUrl(DatabaseProperties properties) {
		if (properties.url() != null && !properties.url().isBlank()) {
			return properties.url();
		}
		DatabaseVendor vendor = properties.vendor();
		int port = (properties.port() > 0) ? properties.port() : vendor.defaultPort();
		return switch (vendor) {
			case SQLITE -> "jdbc:sqlite:" + sqliteFile(properties.database());
			case POSTGRESQL -> "jdbc:postgresql://" + properties.host() + ":" + port + "/" + properties.database();
			case MARIADB, MYSQL -> "jdbc:mariadb://" + properties.host() + ":" + port + "/" + properties.database()
					+ "?permitMysqlScheme&useBulkStmts=true";
		};
	}

	private static String sqliteFile(String database) {
		Path file = Path.of((database == null || database.isBlank()) ? DEFAULT_SQLITE_FILE : database);
		Path parent = file.toAbsolutePath().getParent();
		try {
			Files.createDirectories(parent);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the folder of the SQLite database " + parent, ex);
		}
		return file.toString();
	}

	/**
	 * SQLite allows one writer at a time. Write transactions begin IMMEDIATE, so that
	 * they queue on the busy timeout instead of failing half-way when they upgrade a read
	 * lock; WAL lets readers go on beside the writer; FULL synchronous mode makes every
	 * acknowledged commit durable.
	 */
	private static void configureSqlite(HikariConfig config) {
		config.addDataSourceProperty("journal_mode", "WAL");
		config.addDataSourceProperty("synchronous", "FULL");
		config.addDataSourceProperty("busy_timeout", "60000");
		config.addDataSourceProperty("foreign_keys", "true");
		config.addDataSourceProperty("transaction_mode", "IMMEDIATE");
		config.addDataSourceProperty("date_class", "TEXT");
	}

}
