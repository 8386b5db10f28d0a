/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the records live, from {@code DB_CONNECTION}, {@code DB_DATABASE},
 * {@code DB_HOST}, {@code DB_PORT}, {@code DB_USERNAME}, {@code DB_PASSWORD} and, for
 * set-ups those cannot describe, a full JDBC {@code DB_URL}.
 *
 * @param connection the vendor name: {@code sqlite} (default), {@code pgsql},
 * {@code mariadb} or {@code mysql}
 * @param database the SQLite file path, or the database name on a server
 * @param host the database server's host
 * @param port the database server's port, 0 for the vendor's default
 * @param username the user name on a database server
 * @param password the password on a database server
 * @param url a JDBC URL that replaces host, port and database when set
 * @param poolSize the largest number of connections held open
 */
@ConfigurationProperties("cairn.database")
public record DatabaseProperties(String connection, String database, String host, int port, String username,
		String password, String url, int poolSize) {

	public DatabaseVendor vendor() {
		return DatabaseVendor.fromConnection(this.connection);
	}

	/**
	 * Where the records are, for people: the SQLite file's absolute path, or the JDBC URL
	 * of a server database (which holds no password).
	 * @return a one-line description
	 */
	public String description() {
		String url = DatabaseConfiguration.jdbcUrl(this);
		if (vendor() == DatabaseVendor.SQLITE && url.startsWith("jdbc:sqlite:")) {
			return "SQLite file " + java.nio.file.Path.of(url.substring("jdbc:sqlite:".length())).toAbsolutePath();
		}
		int query = url.indexOf('?');
		return vendor().connectionName() + " database " + ((query > 0) ? url.substring(0, query) : url);
	}

}
