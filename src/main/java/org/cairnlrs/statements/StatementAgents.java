/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * The Agents and Groups a Statement tells about, for the Agents resource: the actor, an
 * Agent or Group object, {@code context.instructor} and {@code context.team} (and 2.0's
 * {@code contextAgents} and {@code contextGroups}), and the same inside a SubStatement.
 * Group members are reached through their Group. The {@code authority} is left out: it
 * names the client that sent the Statement, set by this LRS, not a learner.
 */
final class StatementAgents {

	private StatementAgents() {
	}

	static List<JsonNode> of(JsonNode statement) {
		List<JsonNode> agents = new ArrayList<>();
		collect(statement, agents);
		JsonNode object = statement.path("object");
		if ("SubStatement".equals(objectType(object))) {
			collect(object, agents);
		}
		return agents;
	}

	private static void collect(JsonNode statement, List<JsonNode> agents) {
		add(statement.get("actor"), agents);
		JsonNode object = statement.path("object");
		String type = objectType(object);
		if (type.equals("Agent") || type.equals("Group")) {
			add(object, agents);
		}

		JsonNode context = statement.path("context");
		add(context.get("instructor"), agents);
		add(context.get("team"), agents);
		context.path("contextAgents").forEach((contextAgent) -> add(contextAgent.get("agent"), agents));
		context.path("contextGroups").forEach((contextGroup) -> add(contextGroup.get("group"), agents));
	}

	private static void add(JsonNode actor, List<JsonNode> agents) {
		if (actor != null && actor.isObject()) {
			agents.add(actor);
		}
	}

	private static String objectType(JsonNode object) {
		JsonNode type = object.get("objectType");
		return (type != null && type.isString()) ? type.stringValue() : "Activity";
	}

}
