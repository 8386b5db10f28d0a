/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The databases Cairn can keep its records in, named as in {@code DB_CONNECTION}.
 */
public enum DatabaseVendor {

	SQLITE("sqlite", "sqlite", 0),

	POSTGRESQL("pgsql", "postgresql", 5432),

	MARIADB("mariadb", "mysql", 3306),

	MYSQL("mysql", "mysql", 3306);

	private final String connectionName;

	private final String migrationFolder;

	private final int defaultPort;

	DatabaseVendor(String connectionName, String migrationFolder, int defaultPort) {
		this.connectionName = connectionName;
		this.migrationFolder = migrationFolder;
		this.defaultPort = defaultPort;
	}

	/**
	 * The Flyway location of this vendor's migrations; MariaDB and MySQL share one
	 * folder.
	 * @return a classpath location
	 */
	public String migrationLocation() {
		return "classpath:db/migration/" + this.migrationFolder;
	}

	public int defaultPort() {
		return this.defaultPort;
	}

	/** The name of this vendor in {@code DB_CONNECTION}. */
	public String connectionName() {
		return this.connectionName;
	}

	/** Whether the records live on a database server rather than in a local file. */
	public boolean isServer() {
		return this != SQLITE;
	}

	public static DatabaseVendor fromConnection(String connection) {
		String name = (connection == null || connection.isBlank()) ? "sqlite" : connection.trim().toLowerCase();
		if (name.equals("postgresql") || name.equals("postgres")) {
			return POSTGRESQL;
		}
		return Arrays.stream(values())
			.filter((vendor) -> vendor.connectionName.equals(name))
			.findFirst()
			.orElseThrow(
					() -> new IllegalStateException("DB_CONNECTION '" + connection + "' is not supported; use one of "
							+ Arrays.stream(values()).map((v) -> v.connectionName).collect(Collectors.joining(", "))));
	}

}
