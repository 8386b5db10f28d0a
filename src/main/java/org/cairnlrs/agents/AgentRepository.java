/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.cairnlrs.database.DatabaseProperties;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code agent} and {@code agent_name} tables: each Agent seen in a Statement, by IFI
 * key, and the names it was seen with.
 */
@Repository
class AgentRepository {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	private final JdbcTemplate template;

	private final String insertAgent;

	private final String insertName;

	AgentRepository(JdbcClient jdbc, JdbcTemplate template, DatabaseProperties database) {
		this.jdbc = jdbc;
		this.template = template;
		this.insertAgent = AgentSql.insertAgent(database.vendor());
		this.insertName = AgentSql.insertName(database.vendor());
	}

	/**
	 * Records agents and names not yet known, in one batch each; known rows are left
	 * untouched.
	 * @param ifis the IFI object (one IFI property) of each agent, by IFI key
	 * @param names pairs of IFI key and name
	 */
	void insertMissing(Map<String, ObjectNode> ifis, Set<Map.Entry<String, String>> names) {
		if (!ifis.isEmpty()) {
			List<Object[]> rows = new ArrayList<>(ifis.size());
			ifis.forEach((key, ifi) -> rows.add(new Object[] { key, MAPPER.writeValueAsString(ifi) }));
			this.template.batchUpdate(this.insertAgent, rows);
		}
		if (!names.isEmpty()) {
			List<Object[]> rows = new ArrayList<>(names.size());
			names.forEach((name) -> rows.add(new Object[] { name.getKey(), name.getValue() }));
			this.template.batchUpdate(this.insertName, rows);
		}
	}

	/** The IFI object of a known agent. */
	Optional<ObjectNode> findIfi(String key) {
		return this.jdbc.sql(AgentSql.SELECT_AGENT)
			.param("key", key)
			.query((rs, row) -> (ObjectNode) MAPPER.readTree(rs.getString("ifi")))
			.optional();
	}

	/** The names a known agent was seen with, sorted. */
	List<String> findNames(String key) {
		return this.jdbc.sql(AgentSql.SELECT_NAMES).param("key", key).query(String.class).list();
	}

}
