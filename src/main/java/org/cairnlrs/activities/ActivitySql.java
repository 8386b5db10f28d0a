/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import org.cairnlrs.database.DatabaseVendor;

/**
 * The SQL of the {@code activity} table. Only the row locking read and the upsert differ
 * by vendor; they are the methods taking a {@link DatabaseVendor}.
 */
final class ActivitySql {

	private static final String SELECT_DEFINITIONS = "SELECT activity_id, definition FROM activity "
			+ "WHERE activity_id IN (:ids)";

	private ActivitySql() {
	}

	/** Reads definitions without locking; named parameter {@code ids}. */
	static String selectDefinitions() {
		return SELECT_DEFINITIONS;
	}

	/**
	 * Reads definitions to merge into, locking their rows until the transaction ends, so
	 * that two transactions merging into the same definition take turns instead of one
	 * overwriting the other's languages. SQLite needs no lock clause: its write
	 * transactions already run one at a time.
	 */
	static String selectDefinitionsForUpdate(DatabaseVendor vendor) {
		return switch (vendor) {
			case SQLITE -> SELECT_DEFINITIONS;
			case POSTGRESQL, MARIADB, MYSQL -> SELECT_DEFINITIONS + " FOR UPDATE";
		};
	}

	/**
	 * Inserts or replaces one definition; positional parameters: id, definition, updated.
	 */
	static String upsertDefinition(DatabaseVendor vendor) {
		String insert = "INSERT INTO activity (activity_id, definition, updated) VALUES (?, ?, ?) ";
		return switch (vendor) {
			case SQLITE, POSTGRESQL -> insert + "ON CONFLICT (activity_id) DO UPDATE SET "
					+ "definition = excluded.definition, updated = excluded.updated";
			case MARIADB, MYSQL ->
				insert + "ON DUPLICATE KEY UPDATE definition = VALUES(definition), updated = VALUES(updated)";
		};
	}

}
