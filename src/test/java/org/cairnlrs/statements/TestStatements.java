/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Statements for tests. Each test uses its own agents, verbs and registrations (made
 * unique with {@link #unique(String)}), because the tests of this package share one
 * database.
 */
final class TestStatements {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String VOIDED = "http://adlnet.gov/expapi/verbs/voided";

	private TestStatements() {
	}

	static String unique(String prefix) {
		return prefix + UUID.randomUUID();
	}

	static ObjectNode agent(String mbox) {
		ObjectNode agent = JSON.createObjectNode();
		agent.put("objectType", "Agent");
		agent.put("mbox", mbox);
		return agent;
	}

	static String mbox() {
		return "mailto:" + unique("learner-") + "@example.com";
	}

	static String verbId() {
		return "http://example.com/verbs/" + unique("v-");
	}

	static String activityId() {
		return "http://example.com/activities/" + unique("a-");
	}

	/** A Statement: agent with this mbox, this verb, this Activity as object. */
	static ObjectNode statement(String mbox, String verb, String activity) {
		ObjectNode statement = JSON.createObjectNode();
		statement.set("actor", agent(mbox));
		ObjectNode verbNode = statement.putObject("verb");
		verbNode.put("id", verb);
		verbNode.putObject("display").put("en-US", "did");
		ObjectNode object = statement.putObject("object");
		object.put("objectType", "Activity");
		object.put("id", activity);
		return statement;
	}

	static ObjectNode statement() {
		return statement(mbox(), verbId(), activityId());
	}

	static ObjectNode withId(ObjectNode statement, String id) {
		statement.put("id", id);
		return statement;
	}

	/** A Statement whose object is a StatementRef to the given id. */
	static ObjectNode referring(String mbox, String verb, String targetId) {
		ObjectNode statement = statement(mbox, verb, activityId());
		ObjectNode object = statement.putObject("object");
		object.put("objectType", "StatementRef");
		object.put("id", targetId);
		return statement;
	}

	static ObjectNode voiding(String targetId) {
		return referring(mbox(), VOIDED, targetId);
	}

	static String text(JsonNode node) {
		return JSON.writeValueAsString(node);
	}

	static String array(JsonNode... statements) {
		return JSON.writeValueAsString(JSON.createArrayNode().addAll(java.util.List.of(statements)));
	}

	static JsonNode parse(String json) {
		return JSON.readTree(json);
	}

}
