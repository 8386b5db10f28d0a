/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.cairnlrs.database.DatabaseProperties;
import org.cairnlrs.database.DatabaseVendor;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code activity} table: one row per Activity id with its canonical definition.
 */
@Repository
class ActivityRepository {

	// Numbers in extensions round-trip exactly.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	// Well below the bound-parameter limits of every supported database.
	private static final int IDS_PER_QUERY = 500;

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String upsert;

	private final String selectForUpdate;

	private final boolean readsCanRace;

	ActivityRepository(JdbcClient jdbc, JdbcTemplate template, DatabaseProperties database) {
		this.jdbc = jdbc;
		this.template = template;
		this.upsert = ActivitySql.upsertDefinition(database.vendor());
		this.selectForUpdate = ActivitySql.selectDefinitionsForUpdate(database.vendor());
		this.readsCanRace = database.vendor() != DatabaseVendor.SQLITE;
	}

	/**
	 * Whether a concurrent transaction can change a row between this transaction's read
	 * and write. Not on SQLite, whose write transactions take the database's write lock
	 * when they begin.
	 */
	boolean readsCanRace() {
		return this.readsCanRace;
	}

	/** The known definitions of these Activities, by id; unknown ids are absent. */
	Map<String, ObjectNode> findDefinitions(Collection<String> ids) {
		return select(ActivitySql.selectDefinitions(), ids);
	}

	/**
	 * The known definitions of these Activities, their rows locked for the rest of the
	 * transaction.
	 */
	Map<String, ObjectNode> findDefinitionsForUpdate(Collection<String> ids) {
		return select(this.selectForUpdate, ids);
	}

	private Map<String, ObjectNode> select(String sql, Collection<String> ids) {
		Map<String, ObjectNode> found = new HashMap<>();
		List<String> all = new ArrayList<>(ids);
		for (int from = 0; from < all.size(); from += IDS_PER_QUERY) {
			List<String> chunk = all.subList(from, Math.min(all.size(), from + IDS_PER_QUERY));
			this.jdbc.sql(sql).param("ids", chunk).query((rs) -> {
				found.put(rs.getString("activity_id"), (ObjectNode) MAPPER.readTree(rs.getString("definition")));
			});
		}
		return found;
	}

	/** Inserts or replaces these definitions in one batch. */
	void saveDefinitions(Map<String, ObjectNode> definitions) {
		if (definitions.isEmpty()) {
			return;
		}

		long now = System.currentTimeMillis();
		List<Object[]> rows = new ArrayList<>(definitions.size());
		definitions
			.forEach((id, definition) -> rows.add(new Object[] { id, MAPPER.writeValueAsString(definition), now }));
		this.template.batchUpdate(this.upsert, rows);
	}

}
