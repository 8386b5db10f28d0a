/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.xapi.ActivityDefinition;
import org.cairnlrs.xapi.ActivityRef;
import org.cairnlrs.xapi.IndexedValues;
import org.cairnlrs.xapi.StatementFormatter;
import org.cairnlrs.xapi.StatementIndex;
import org.cairnlrs.xapi.StatementIndexer;
import org.cairnlrs.xapi.StatementValidator;
import org.cairnlrs.xapi.StatementVersions;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiFormats;
import org.cairnlrs.xapi.XapiVersion;

/**
 * Validates the Statements of one request and sets what the LRS sets before storing:
 * everything here is done before the write transaction, which then only has to check for
 * existing ids and write rows.
 */
final class StatementIntake {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private StatementIntake() {
	}

	/**
	 * Validates and prepares the Statements of a POST or PUT.
	 * @param body the parsed request body
	 * @param statementId the {@code statementId} of a PUT, lowercase, or null for a POST
	 * @param authority the Agent recorded as authority, from the client's credentials
	 * @param version the xAPI version of the request, whose rules apply
	 * @return the Statements ready to store, in the order received
	 * @throws XapiException 400 naming the Statement and the property at fault
	 */
	static List<IncomingStatement> prepare(StatementBody body, String statementId, JsonNode authority,
			XapiVersion version) {
		List<IncomingStatement> prepared = new ArrayList<>(body.statements().size());
		Map<String, Integer> positions = new HashMap<>();
		for (int i = 0; i < body.statements().size(); i++) {
			IncomingStatement statement = prepareOne(body, i, statementId, authority, version);
			Integer earlier = positions.putIfAbsent(statement.id(), i);
			if (earlier != null) {
				// Spec: Communication 2.1.2: SHOULD* reject a batch repeating an id (MUST
				// in
				// 2.0).
				throw XapiException.badRequest("The Statement at index " + i + " has the same id as the Statement at "
						+ "index " + earlier + "; a batch must not repeat an id");
			}
			prepared.add(statement);
		}
		return prepared;
	}

	private static IncomingStatement prepareOne(StatementBody body, int i, String statementId, JsonNode authority,
			XapiVersion version) {
		JsonNode received = body.statements().get(i);
		try {
			// Storable text and indexable values first: the other rules read the strings.
			IndexedValues.checkStatement(received);
			StatementValidator.validate(received, version);
		}
		catch (XapiException ex) {
			throw body.array() ? new XapiException(ex.status(), "Statement at index " + i + ": " + ex.getMessage())
					: ex;
		}

		String id = id(received, statementId);
		ObjectNode statement = withLrsProperties(received, id, authority, version);
		StatementIndex index = StatementIndexer.index(statement);
		return new IncomingStatement(id, statement, index, activities(index), StatementAgents.of(statement), version);
	}

	// Spec: Communication 2.1.1: where the PUT body has an id, it MUST match statementId.
	private static String id(JsonNode received, String statementId) {
		JsonNode given = received.get("id");
		String id = (given != null) ? XapiFormats.normalizeUuid(given.stringValue()) : null;
		if (statementId != null && id != null && !id.equals(statementId)) {
			throw XapiException.badRequest("id: does not match the statementId parameter");
		}
		if (id != null) {
			return id;
		}
		return (statementId != null) ? statementId : UUID.randomUUID().toString();
	}

	/**
	 * The Statement as it will be stored: the id first, context Activities as arrays
	 * (Data 2.4.6.2), authority from the credentials (Data 2.4.9: the LRS SHOULD
	 * overwrite it), the version when absent (Data 2.4.10; 2.0 LRS 4.2.4.3), and under
	 * 2.0 timestamps in UTC (LRS 4.2.7).
	 */
	private static ObjectNode withLrsProperties(JsonNode received, String id, JsonNode authority, XapiVersion version) {
		ObjectNode normalized = (ObjectNode) StatementFormatter.exact(received);
		ObjectNode statement = NODES.objectNode();
		statement.put("id", id);
		normalized.properties().forEach((property) -> {
			if (!property.getKey().equals("id")) {
				statement.set(property.getKey(), property.getValue());
			}
		});

		statement.set("authority", authority.deepCopy());
		if (!statement.has("version")) {
			statement.put("version", version.isAtLeast2() ? "2.0.0" : "1.0.0");
		}
		StatementVersions.prepareForStorage(statement, version);
		return statement;
	}

	private static List<JsonNode> activities(StatementIndex index) {
		Map<String, JsonNode> definitions = new HashMap<>();
		for (ActivityDefinition definition : index.definitions()) {
			definitions.put(definition.activityId(), definition.definition());
		}

		List<JsonNode> activities = new ArrayList<>(index.activities().size());
		for (ActivityRef ref : index.activities()) {
			ObjectNode activity = NODES.objectNode();
			activity.put("id", ref.activityId());
			JsonNode definition = definitions.get(ref.activityId());
			if (definition != null) {
				activity.set("definition", definition);
			}
			activities.add(activity);
		}
		return activities;
	}

}
