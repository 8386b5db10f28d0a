/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.cairnlrs.database.DatabaseProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The writes to the statement tables, and the reads the write transaction needs. Every
 * method runs inside the caller's write transaction. Lists of ids are sent in chunks that
 * stay below the bound-parameter limit of every supported database; rows are inserted
 * with JDBC batches.
 */
@Repository
class StatementCommands {

	static final int IDS_PER_QUERY = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String insertRefIgnoringDuplicates;

	StatementCommands(JdbcClient jdbc, JdbcTemplate template, DatabaseProperties database) {
		this.jdbc = jdbc;
		this.template = template;
		this.insertRefIgnoringDuplicates = StatementSql.insertRefIgnoringDuplicates(database.vendor());
	}

	/**
	 * Takes the stored time of this write: now, or the last time handed out if the clock
	 * went back. The row update also serializes concurrent Statement writes.
	 * @param now the current time in epoch milliseconds
	 * @return the stored time for every Statement of this write
	 */
	long advanceClock(long now) {
		this.jdbc.sql(StatementSql.ADVANCE_CLOCK).param("now", now).update();
		return this.jdbc.sql(StatementSql.READ_CLOCK).query(Long.class).single();
	}

	/** The payloads of the Statements among these ids that exist, by id. */
	Map<String, String> findPayloads(Collection<String> ids) {
		Map<String, String> payloads = new HashMap<>();
		inChunks(ids, (chunk) -> this.jdbc.sql(StatementSql.SELECT_PAYLOADS_BY_ID).param("ids", chunk).query((rs) -> {
			payloads.put(rs.getString("id"), rs.getString("payload"));
		}));
		return payloads;
	}

	/** Which of these ids a stored voiding Statement targets. */
	Set<String> findVoidedIds(Collection<String> ids) {
		Set<String> voided = new HashSet<>();
		inChunks(ids, (chunk) -> voided
			.addAll(this.jdbc.sql(StatementSql.SELECT_VOIDED_IDS).param("ids", chunk).query(String.class).list()));
		return voided;
	}

	/** The StatementRef target of each of these Statements that has one, by id. */
	Map<String, String> findRefTargets(Collection<String> ids) {
		Map<String, String> targets = new HashMap<>();
		inChunks(ids, (chunk) -> this.jdbc.sql(StatementSql.SELECT_REF_TARGETS).param("ids", chunk).query((rs) -> {
			targets.put(rs.getString("id"), rs.getString("ref_target"));
		}));
		return targets;
	}

	/**
	 * The stored Statements whose StatementRef chains reach these ids: target id to seqs.
	 */
	Map<String, List<Long>> findReferrers(Collection<String> ids) {
		Map<String, List<Long>> referrers = new HashMap<>();
		inChunks(ids, (chunk) -> this.jdbc.sql(StatementSql.SELECT_REFERRERS).param("ids", chunk).query((rs) -> {
			referrers.computeIfAbsent(rs.getString("target_id"), (id) -> new ArrayList<>())
				.add(rs.getLong("referrer_seq"));
		}));
		return referrers;
	}

	/**
	 * Inserts Statement rows in one batch; each row holds the values of
	 * {@link StatementSql#INSERT_STATEMENT} in order.
	 * @return the seq each id was given
	 */
	Map<String, Long> insertStatements(List<Object[]> rows, Collection<String> ids) {
		this.template.batchUpdate(StatementSql.INSERT_STATEMENT, rows);

		Map<String, Long> seqs = new HashMap<>();
		inChunks(ids, (chunk) -> this.jdbc.sql(StatementSql.SELECT_SEQS_BY_ID).param("ids", chunk).query((rs) -> {
			seqs.put(rs.getString("id"), rs.getLong("seq"));
		}));
		return seqs;
	}

	void insertActors(List<Object[]> rows) {
		batch(StatementSql.INSERT_ACTOR, rows);
	}

	void insertActivities(List<Object[]> rows) {
		batch(StatementSql.INSERT_ACTIVITY, rows);
	}

	void insertRefs(List<Object[]> rows) {
		batch(StatementSql.INSERT_REF, rows);
	}

	void insertRefsIgnoringDuplicates(List<Object[]> rows) {
		batch(this.insertRefIgnoringDuplicates, rows);
	}

	/** Voids those of these Statements that exist and are not voiding Statements. */
	void voidStatements(Collection<String> ids) {
		inChunks(ids, (chunk) -> this.jdbc.sql(StatementSql.VOID_STATEMENTS).param("ids", chunk).update());
	}

	private void batch(String sql, List<Object[]> rows) {
		if (!rows.isEmpty()) {
			this.template.batchUpdate(sql, rows);
		}
	}

	static void inChunks(Collection<String> ids, Consumer<List<String>> action) {
		List<String> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			action.accept(all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY)));
		}
	}

}
