/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import org.cairnlrs.database.DatabaseVendor;

/**
 * The SQL of the {@code agent} and {@code agent_name} tables. Everything here is portable
 * except the insert-if-absent, whose syntax differs by vendor.
 */
final class AgentSql {

	static final String SELECT_AGENT = "SELECT ifi FROM agent WHERE ifi_key = :key";

	static final String SELECT_NAMES = "SELECT name FROM agent_name WHERE ifi_key = :key ORDER BY name";

	private AgentSql() {
	}

	/** Inserts an agent unless known; positional parameters: IFI key, IFI JSON. */
	static String insertAgent(DatabaseVendor vendor) {
		return insertIfAbsent(vendor, "agent (ifi_key, ifi) VALUES (?, ?)");
	}

	/** Inserts a name of an agent unless known; positional parameters: IFI key, name. */
	static String insertName(DatabaseVendor vendor) {
		return insertIfAbsent(vendor, "agent_name (ifi_key, name) VALUES (?, ?)");
	}

	private static String insertIfAbsent(DatabaseVendor vendor, String intoValues) {
		return switch (vendor) {
			case SQLITE, POSTGRESQL -> "INSERT INTO " + intoValues + " ON CONFLICT DO NOTHING";
			case MARIADB, MYSQL -> "INSERT IGNORE INTO " + intoValues;
		};
	}

}
