/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import org.cairnlrs.database.DatabaseVendor;

/**
 * The SQL of the statement tables that does not depend on the query parameters (those
 * queries are built by {@link StatementQuerySql}). Everything is portable SQL except what
 * {@link #insertRefIgnoringDuplicates(DatabaseVendor)} returns: the one place where the
 * vendors differ.
 */
final class StatementSql {

	/** Takes the next stored time: never before the last one handed out. */
	static final String ADVANCE_CLOCK = "UPDATE statement_clock SET last_stored = "
			+ "CASE WHEN last_stored > :now THEN last_stored ELSE :now END WHERE id = 1";

	/** The stored time just taken. */
	static final String READ_CLOCK = "SELECT last_stored FROM statement_clock WHERE id = 1";

	/** Payloads of existing Statements with these ids. */
	static final String SELECT_PAYLOADS_BY_ID = "SELECT id, payload FROM statement WHERE id IN (:ids)";

	/** Which of these ids are targets of stored voiding Statements. */
	static final String SELECT_VOIDED_IDS = "SELECT DISTINCT voiding_target FROM statement "
			+ "WHERE voiding_target IN (:ids)";

	/** Inserts one Statement; positional parameters in column order. */
	static final String INSERT_STATEMENT = "INSERT INTO statement (id, stored, verb_id, registration, voided, "
			+ "voiding_target, ref_target, client_id, payload) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

	/** The seq given to these ids. */
	static final String SELECT_SEQS_BY_ID = "SELECT id, seq FROM statement WHERE id IN (:ids)";

	/** Inserts one actor row: actor_key, related, seq. */
	static final String INSERT_ACTOR = "INSERT INTO statement_actor (actor_key, related, seq) VALUES (?, ?, ?)";

	/** Inserts one activity row: activity_id, related, seq. */
	static final String INSERT_ACTIVITY = "INSERT INTO statement_activity (activity_id, related, seq) "
			+ "VALUES (?, ?, ?)";

	/** Inserts one StatementRef chain row: referrer_seq, target_id. */
	static final String INSERT_REF = "INSERT INTO statement_ref (referrer_seq, target_id) VALUES (?, ?)";

	/** The StatementRef targets of these Statements, to follow a chain one step. */
	static final String SELECT_REF_TARGETS = "SELECT id, ref_target FROM statement "
			+ "WHERE id IN (:ids) AND ref_target IS NOT NULL";

	/** The Statements whose chains reach these ids. */
	static final String SELECT_REFERRERS = "SELECT referrer_seq, target_id FROM statement_ref "
			+ "WHERE target_id IN (:ids)";

	/**
	 * Voids these Statements; voiding Statements themselves cannot be voided (Data
	 * 2.3.2).
	 */
	static final String VOID_STATEMENTS = "UPDATE statement SET voided = 1 "
			+ "WHERE id IN (:ids) AND voiding_target IS NULL AND voided = 0";

	/** One Statement by id, voided or not. */
	static final String SELECT_BY_ID = "SELECT seq, stored, voided, client_id, payload FROM statement "
			+ "WHERE id = :id";

	/** Statements by seq. */
	static final String SELECT_BY_SEQ = "SELECT seq, stored, payload FROM statement WHERE seq IN (:seqs)";

	/** The newest seq, the upper end of a query's snapshot. */
	static final String SELECT_MAX_SEQ = "SELECT MAX(seq) FROM statement";

	/** The last seq stored at or before a time: one seek on statement_stored. */
	static final String SELECT_LAST_SEQ_AT = "SELECT seq FROM statement WHERE stored <= :time "
			+ "ORDER BY stored DESC, seq DESC LIMIT 1";

	private StatementSql() {
	}

	/**
	 * Inserts a StatementRef chain row unless it exists; positional parameters:
	 * referrer_seq, target_id.
	 */
	static String insertRefIgnoringDuplicates(DatabaseVendor vendor) {
		return switch (vendor) {
			case SQLITE, POSTGRESQL ->
				"INSERT INTO statement_ref (referrer_seq, target_id) VALUES (?, ?) ON CONFLICT DO NOTHING";
			case MARIADB, MYSQL -> "INSERT IGNORE INTO statement_ref (referrer_seq, target_id) VALUES (?, ?)";
		};
	}

}
