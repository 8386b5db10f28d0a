/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairnlrs.xapi.XapiException;

import org.springframework.stereotype.Service;

/**
 * Answers GET /statements: single Statements by id and queries in pages (Communication
 * 2.1.3, 2.1.4; Data 2.5).
 */
@Service
class StatementReader {

	private final StatementQueries queries;

	StatementReader(StatementQueries queries) {
		this.queries = queries;
	}

	/**
	 * Finds one Statement.
	 * @param lookup the id and whether the voided Statement is asked for
	 * @param client the client whose Statements are the only ones it may read, or null
	 * when it may read all
	 * @return the Statement
	 * @throws XapiException 404 when there is no such Statement, when a voided one is
	 * asked for by statementId, or an unvoided one by voidedStatementId
	 */
	StoredRow find(StatementLookup lookup, Long client) {
		Optional<FoundStatement> found = this.queries.findById(lookup.id());
		if (found.isEmpty() || (client != null && found.get().clientId() != client)) {
			throw XapiException.notFound("No Statement with id " + lookup.id() + " is stored");
		}
		// Spec: Communication 2.1.4: a voided Statement is only found by
		// voidedStatementId.
		if (found.get().voided() != lookup.voided()) {
			throw XapiException
				.notFound(lookup.voided() ? "The Statement with id " + lookup.id() + " is not voided; use statementId"
						: "The Statement with id " + lookup.id() + " is voided; use voidedStatementId");
		}
		return found.get().row();
	}

	/**
	 * Reads one page of a query.
	 * @param query the query
	 * @param client the client whose Statements are the only ones it may read, or null
	 * when it may read all
	 * @return the page
	 */
	StatementPage query(StatementQuery query, Long client) {
		long snapshot = (query.cursor() != null) ? query.cursor().snapshot() : this.queries.maxSeq();
		QueryWindow window = window(query, snapshot);
		if (window.isEmpty()) {
			return new StatementPage(List.of(), null);
		}

		List<StoredRow> rows = merge(query, client, window);
		if (rows.size() <= query.limit()) {
			return new StatementPage(rows, null);
		}
		List<StoredRow> page = rows.subList(0, query.limit());
		return new StatementPage(page, new StatementCursor(page.get(page.size() - 1).seq(), snapshot));
	}

	// Spec: Communication 2.1.3: since is exclusive, until inclusive, both on stored.
	private QueryWindow window(StatementQuery query, long snapshot) {
		long lower = (query.since() != null) ? this.queries.lastSeqAt(query.since().toEpochMilli()) : 0;
		long upper = snapshot;
		if (query.until() != null) {
			upper = Math.min(upper, this.queries.lastSeqAt(query.until().toEpochMilli()));
		}

		long position;
		if (query.cursor() != null) {
			position = query.cursor().position();
		}
		else {
			position = query.ascending() ? lower : upper + 1;
		}
		return new QueryWindow(lower, upper, position, query.ascending(), query.limit() + 1);
	}

	/**
	 * The direct matches and, when the query filters on content, the Statements that
	 * match through a StatementRef (Communication 2.1.3), merged in page order. Both
	 * reads stop after one page plus one, so their merge holds the page plus one.
	 */
	private List<StoredRow> merge(StatementQuery query, Long client, QueryWindow window) {
		List<StoredRow> direct = this.queries.direct(query, client, window);
		if (!query.matchesContent()) {
			return direct;
		}

		Map<Long, StoredRow> bySeq = new LinkedHashMap<>();
		direct.forEach((row) -> bySeq.put(row.seq(), row));
		List<Long> missing = this.queries.referrers(query, client, window)
			.stream()
			.filter((seq) -> !bySeq.containsKey(seq))
			.toList();
		if (missing.isEmpty()) {
			return direct;
		}

		this.queries.bySeq(missing).forEach((row) -> bySeq.put(row.seq(), row));
		Comparator<StoredRow> order = Comparator.comparingLong(StoredRow::seq);
		List<StoredRow> merged = new ArrayList<>(bySeq.values());
		merged.sort(query.ascending() ? order : order.reversed());
		return merged.subList(0, Math.min(merged.size(), window.rows()));
	}

}
