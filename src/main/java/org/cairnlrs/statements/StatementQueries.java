/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The reads of the Statement resource. They run without a transaction: on SQLite every
 * transaction takes the write lock, and each query here is consistent on its own (the
 * cursor keeps the pages of one query consistent with each other).
 */
@Repository
class StatementQueries {

	private static final RowMapper<StoredRow> ROW = (rs, n) -> new StoredRow(rs.getLong("seq"), rs.getLong("stored"),
			rs.getString("payload"));

	private final JdbcClient jdbc;

	StatementQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<FoundStatement> findById(String id) {
		return this.jdbc.sql(StatementSql.SELECT_BY_ID)
			.param("id", id)
			.query((rs, n) -> new FoundStatement(ROW.mapRow(rs, n), rs.getInt("voided") != 0, rs.getLong("client_id")))
			.optional();
	}

	/** The newest seq, 0 when nothing is stored. */
	long maxSeq() {
		Long max = this.jdbc.sql(StatementSql.SELECT_MAX_SEQ).query(Long.class).optional().orElse(null);
		return (max != null) ? max : 0;
	}

	/**
	 * The last seq stored at or before a time; since stored never decreases as seq grows,
	 * every Statement up to it was stored at or before that time, and every later one
	 * after it.
	 * @param epochMillis the time
	 * @return the seq, 0 when nothing was stored by then
	 */
	long lastSeqAt(long epochMillis) {
		return this.jdbc.sql(StatementSql.SELECT_LAST_SEQ_AT)
			.param("time", epochMillis)
			.query(Long.class)
			.optional()
			.orElse(0L);
	}

	List<StoredRow> direct(StatementQuery query, Long client, QueryWindow window) {
		return this.jdbc.sql(StatementQuerySql.direct(query, client != null, window))
			.params(parameters(query, client, window))
			.query(ROW)
			.list();
	}

	List<Long> referrers(StatementQuery query, Long client, QueryWindow window) {
		return this.jdbc.sql(StatementQuerySql.referrers(query, client != null, window))
			.params(parameters(query, client, window))
			.query(Long.class)
			.list();
	}

	List<StoredRow> bySeq(Collection<Long> seqs) {
		if (seqs.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql(StatementSql.SELECT_BY_SEQ).param("seqs", seqs).query(ROW).list();
	}

	private static Map<String, Object> parameters(StatementQuery query, Long client, QueryWindow window) {
		Map<String, Object> parameters = new HashMap<>();
		parameters.put("agent", query.agentKey());
		parameters.put("agentScope", query.relatedAgents() ? 1 : 0);
		parameters.put("activity", query.activity());
		parameters.put("activityScope", query.relatedActivities() ? 1 : 0);
		parameters.put("verb", query.verb());
		parameters.put("registration", query.registration());
		parameters.put("client", client);
		parameters.put("lower", window.lower());
		parameters.put("upper", window.upper());
		parameters.put("position", window.position());
		parameters.put("rows", window.rows());
		return parameters;
	}

}
