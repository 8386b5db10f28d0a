/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import org.cairnlrs.database.DatabaseVendor;

/**
 * The SQL of the {@code activity} table. Everything here is portable except the upsert,
 * whose syntax differs by vendor and is kept in
 * {@link #upsertDefinition(DatabaseVendor)}.
 */
final class ActivitySql {

	static final String SELECT_DEFINITIONS = "SELECT activity_id, definition FROM activity WHERE activity_id IN (:ids)";

	private ActivitySql() {
	}

	/**
	 * Inserts or replaces one definition; positional parameters: id, definition, updated.
	 */
	static String upsertDefinition(DatabaseVendor vendor) {
		return switch (vendor) {
			case SQLITE,
					POSTGRESQL ->
				"INSERT INTO activity (activity_id, definition, updated) VALUES (?, ?, ?) "
						+ "ON CONFLICT (activity_id) DO UPDATE SET definition = excluded.definition, "
						+ "updated = excluded.updated";
			case MARIADB, MYSQL -> "INSERT INTO activity (activity_id, definition, updated) VALUES (?, ?, ?) "
					+ "ON DUPLICATE KEY UPDATE definition = VALUES(definition), updated = VALUES(updated)";
		};
	}

}
