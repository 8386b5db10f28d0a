/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.List;

/**
 * Builds the two queries of one page of GET /statements (docs/storage.md explains the
 * plans). Parameters are named; every value is bound, never written into the SQL.
 * <ul>
 * <li>The direct query reads the Statements that match the filters themselves. It is
 * driven by the most selective index the filters allow (agent, then registration, then
 * activity, then verb, then the client of statements/read/mine, else the primary key):
 * one range scan over an index that ends with seq, so the rows come out in stored order
 * and the scan stops after one page; the other filters are checked per row.</li>
 * <li>The reference query reads the Statements that match through a StatementRef chain
 * (Communication 2.1.3): it walks {@code statement_ref} in seq order and checks the
 * filters on each target. The joins are written as CROSS JOIN with the conditions in
 * WHERE: standard SQL that every database may reorder, except SQLite, which keeps the
 * written order; there it stops SQLite from starting at the targets, which for a common
 * verb are millions of rows, instead of at the few StatementRef Statements of one
 * page.</li>
 * </ul>
 */
final class StatementQuerySql {

	private StatementQuerySql() {
	}

	/**
	 * The direct query: {@code seq, stored, payload} of up to {@code :rows} matching,
	 * unvoided Statements in the window, in page order.
	 */
	static String direct(StatementQuery query, boolean mine, QueryWindow window) {
		boolean byAgent = query.agentKey() != null;
		boolean byActivity = !byAgent && query.registration() == null && query.activity() != null;
		String driver = "statement s";
		String seq = "s.seq";
		List<String> conditions = new ArrayList<>();
		if (byAgent) {
			driver = "statement_actor d JOIN statement s ON s.seq = d.seq";
			seq = "d.seq";
			conditions.add("d.actor_key = :agent AND d.related = :agentScope");
		}
		else if (byActivity) {
			driver = "statement_activity d JOIN statement s ON s.seq = d.seq";
			seq = "d.seq";
			conditions.add("d.activity_id = :activity AND d.related = :activityScope");
		}

		conditions.add("s.voided = 0");
		conditions.addAll(window(seq, window));
		conditions.addAll(filters("s", query, byAgent, byActivity));
		if (mine) {
			conditions.add("s.client_id = :client");
		}
		return "SELECT s.seq, s.stored, s.payload FROM " + driver + " WHERE " + String.join(" AND ", conditions)
				+ " ORDER BY " + seq + order(window) + " LIMIT :rows";
	}

	/**
	 * The reference query: the seqs of up to {@code :rows} unvoided Statements in the
	 * window whose StatementRef chain reaches a Statement that matches the filters, in
	 * page order. A voided target still counts (Communication 2.1.4).
	 */
	static String referrers(StatementQuery query, boolean mine, QueryWindow window) {
		List<String> conditions = new ArrayList<>(List.of("s.seq = r.referrer_seq", "t.id = r.target_id"));
		conditions.addAll(window("r.referrer_seq", window));
		conditions.add("s.voided = 0");
		if (mine) {
			conditions.add("s.client_id = :client");
		}
		conditions.add("t.seq <= :upper");
		conditions.addAll(filters("t", query, false, false));
		return "SELECT r.referrer_seq FROM statement_ref r CROSS JOIN statement s CROSS JOIN statement t WHERE "
				+ String.join(" AND ", conditions) + " GROUP BY r.referrer_seq ORDER BY r.referrer_seq" + order(window)
				+ " LIMIT :rows";
	}

	private static List<String> window(String seq, QueryWindow window) {
		List<String> conditions = new ArrayList<>();
		conditions.add(seq + " > :lower");
		conditions.add(seq + " <= :upper");
		conditions.add(seq + (window.ascending() ? " > :position" : " < :position"));
		return conditions;
	}

	private static List<String> filters(String alias, StatementQuery query, boolean agentDone, boolean activityDone) {
		List<String> conditions = new ArrayList<>();
		if (query.verb() != null) {
			conditions.add(alias + ".verb_id = :verb");
		}
		if (query.registration() != null) {
			conditions.add(alias + ".registration = :registration");
		}
		if (query.agentKey() != null && !agentDone) {
			conditions.add("EXISTS (SELECT 1 FROM statement_actor a WHERE a.actor_key = :agent "
					+ "AND a.related = :agentScope AND a.seq = " + alias + ".seq)");
		}
		if (query.activity() != null && !activityDone) {
			conditions.add("EXISTS (SELECT 1 FROM statement_activity c WHERE c.activity_id = :activity "
					+ "AND c.related = :activityScope AND c.seq = " + alias + ".seq)");
		}
		return conditions;
	}

	private static String order(QueryWindow window) {
		return window.ascending() ? " ASC" : " DESC";
	}

}
