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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Builds the connection pool for the configured vendor and points Flyway at that vendor's
 * migrations.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

	static final String DEFAULT_SQLITE_FILE = "data/cairn.db";

	static final String DEFAULT_SERVER_DATABASE = "cairn";

	private static final Logger logger = LoggerFactory.getLogger(DatabaseConfiguration.class);

	/**
	 * The session settings of every MariaDB and MySQL connection, so that the same SQL
	 * means the same on every server whatever its configuration: strict type checks,
	 * {@code ||} as string concatenation and backslashes as ordinary characters in string
	 * literals as in standard SQL (and on SQLite and PostgreSQL), and times in UTC.
	 */
	static final String MARIADB_SESSION = "sql_mode='STRICT_TRANS_TABLES,NO_ZERO_IN_DATE,NO_ZERO_DATE,"
			+ "ERROR_FOR_DIVISION_BY_ZERO,NO_ENGINE_SUBSTITUTION,PIPES_AS_CONCAT,NO_BACKSLASH_ESCAPES',"
			+ "time_zone='+00:00'";

	@Bean
	DataSource dataSource(DatabaseProperties properties) {
		HikariConfig config = new HikariConfig();
		config.setPoolName("cairn");
		config.setMaximumPoolSize(Math.max(2, properties.poolSize()));
		config.setJdbcUrl(jdbcUrl(properties));
		logger.info("Records are kept in the {}", properties.description());
		if (properties.vendor() == DatabaseVendor.SQLITE) {
			configureSqlite(config);
		}
		else {
			configureServer(config, properties);
		}
		return new HikariDataSource(config);
	}

	@Bean
	FlywayConfigurationCustomizer vendorMigrations(DatabaseProperties properties) {
		return (configuration) -> configuration.locations(properties.vendor().migrationLocation());
	}

	@Bean
	Transactions transactions(PlatformTransactionManager transactionManager, DatabaseProperties properties) {
		return new Transactions(transactionManager, properties.vendor());
	}

	static String jdbcUrl(DatabaseProperties properties) {
		DatabaseVendor vendor = properties.vendor();
		if (properties.url() != null && !properties.url().isBlank()) {
			return givenUrl(vendor, properties.url().trim());
		}
		String database = (properties.database() == null || properties.database().isBlank()) ? DEFAULT_SERVER_DATABASE
				: properties.database().trim();
		return switch (vendor) {
			case SQLITE -> "jdbc:sqlite:" + sqliteFile(properties.database());
			case POSTGRESQL -> "jdbc:postgresql://" + hostAndPort(properties) + "/" + database
					+ "?reWriteBatchedInserts=true&tcpKeepAlive=true&ApplicationName=cairn-lrs";
			case MARIADB, MYSQL -> "jdbc:mariadb://" + hostAndPort(properties) + "/" + database + "?tcpKeepAlive=true";
		};
	}

	/**
	 * A URL given in full is used as it is, except that the MariaDB driver, which serves
	 * MySQL too, is told to accept the {@code jdbc:mysql:} form.
	 */
	private static String givenUrl(DatabaseVendor vendor, String url) {
		boolean mysqlScheme = (vendor == DatabaseVendor.MARIADB || vendor == DatabaseVendor.MYSQL)
				&& url.startsWith("jdbc:mysql:");
		if (mysqlScheme && !url.contains("permitMysqlScheme")) {
			return url + (url.contains("?") ? "&" : "?") + "permitMysqlScheme";
		}
		return url;
	}

	private static String hostAndPort(DatabaseProperties properties) {
		String host = (properties.host() == null || properties.host().isBlank()) ? "127.0.0.1"
				: properties.host().trim();
		if (host.contains(":") && !host.startsWith("[")) {
			host = "[" + host + "]";
		}
		int port = (properties.port() > 0) ? properties.port() : properties.vendor().defaultPort();
		return host + ":" + port;
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

	/**
	 * A database server: READ COMMITTED everywhere (PostgreSQL's default; on MariaDB it
	 * avoids the gap locks of REPEATABLE READ that make concurrent inserts deadlock), and
	 * on MariaDB and MySQL the same session settings whatever the server's configuration.
	 * Connections are kept alive and checked while idle, so that a node behind a firewall
	 * that drops quiet connections does not hand out dead ones.
	 */
	private static void configureServer(HikariConfig config, DatabaseProperties properties) {
		config.setUsername(properties.username());
		config.setPassword(properties.password());
		config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
		config.setKeepaliveTime(120_000);
		if (properties.vendor() != DatabaseVendor.POSTGRESQL) {
			config.addDataSourceProperty("sessionVariables", MARIADB_SESSION);
		}
	}

}
