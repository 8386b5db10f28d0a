/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import org.cairnlrs.xapi.Actors;
import org.cairnlrs.xapi.Ifi;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiFormats;

/**
 * Reads and validates the query parameters of the Statement resource (Communication 2.1.1
 * to 2.1.3). Parameter values are validated like the same types in Statements (Data 2.2);
 * an unknown parameter, a parameter in the wrong letter case or a repeated one is refused
 * with 400 (Communication 3.2).
 */
final class StatementParameters {

	static final String STATEMENT_ID = "statementId";

	static final String VOIDED_STATEMENT_ID = "voidedStatementId";

	/** What a query accepts; {@code cursor} is this LRS's own, used in more links. */
	private static final List<String> QUERY = List.of("agent", "verb", "activity", "registration", "related_activities",
			"related_agents", "since", "until", "limit", "format", "attachments", "ascending",
			StatementCursor.PARAMETER);

	/** What decides the result set and its order: a cursor is bound to these. */
	private static final List<String> FILTERS = List.of("agent", "verb", "activity", "registration",
			"related_activities", "related_agents", "since", "until", "ascending");

	// Spec: Communication 2.1.3: with statementId or voidedStatementId, only these.
	private static final Set<String> WITH_ID = Set.of("attachments", "format");

	private final Map<String, String> values;

	private StatementParameters(Map<String, String> values) {
		this.values = values;
	}

	/**
	 * Takes the parameters of a request, refusing repeated ones.
	 * @param parameters the request's parameter map
	 * @return the parameters, one value each, in the order received
	 */
	static StatementParameters of(Map<String, String[]> parameters) {
		Map<String, String> values = new LinkedHashMap<>();
		parameters.forEach((name, given) -> {
			if (given.length != 1) {
				throw XapiException.badRequest(shown(name) + ": is given more than once");
			}
			values.put(name, given[0]);
		});
		return new StatementParameters(values);
	}

	Map<String, String> values() {
		return this.values;
	}

	/**
	 * The {@code statementId} of a PUT, the only parameter PUT takes (Communication
	 * 2.1.1).
	 * @return the id, lowercase
	 */
	String forPut() {
		allowOnly(Set.of(STATEMENT_ID), "PUT");
		return uuid(STATEMENT_ID);
	}

	/** A POST stores Statements and takes no parameters (Communication 2.1.2). */
	void forPost() {
		// Spec: Communication 1.3: a request in the alternate request syntax has become
		// the request it stands for before it gets here, so a method parameter left over
		// is an unknown parameter like any other.
		allowOnly(Set.of(), "POST");
	}

	/**
	 * The request a GET makes.
	 * @param maxLimit the server's maximum page size
	 * @return a single-Statement lookup or a query
	 */
	StatementRead forGet(int maxLimit) {
		boolean byId = this.values.containsKey(STATEMENT_ID);
		boolean byVoidedId = this.values.containsKey(VOIDED_STATEMENT_ID);
		if (byId && byVoidedId) {
			throw XapiException.badRequest("statementId and voidedStatementId cannot be given together");
		}
		if (byId || byVoidedId) {
			return lookup(byId ? STATEMENT_ID : VOIDED_STATEMENT_ID);
		}

		allowOnly(Set.copyOf(QUERY), "GET");
		return query(maxLimit);
	}

	private StatementLookup lookup(String idParameter) {
		for (String name : this.values.keySet()) {
			if (!name.equals(idParameter) && !WITH_ID.contains(name)) {
				throw XapiException.badRequest(shown(name) + ": cannot be combined with " + idParameter
						+ "; only attachments and format can (Communication 2.1.3)");
			}
		}
		return new StatementLookup(uuid(idParameter), idParameter.equals(VOIDED_STATEMENT_ID), format(),
				bool("attachments"));
	}

	private StatementQuery query(int maxLimit) {
		String filters = filters();
		String cursor = this.values.get(StatementCursor.PARAMETER);
		return new StatementQuery(agentKey(), bool("related_agents"), iri("verb"), iri("activity"),
				bool("related_activities"), optionalUuid("registration"), time("since"), time("until"), limit(maxLimit),
				bool("ascending"), format(), bool("attachments"),
				(cursor != null) ? StatementCursor.decode(cursor, filters) : null, filters);
	}

	private void allowOnly(Set<String> allowed, String method) {
		for (String name : this.values.keySet()) {
			if (!allowed.contains(name)) {
				throw XapiException.badRequest(shown(name) + ": is not a parameter of " + method + " statements"
						+ (allowed.isEmpty() ? "" : "; it accepts " + String.join(", ", sorted(allowed))));
			}
		}
	}

	private String agentKey() {
		String json = this.values.get("agent");
		if (json == null) {
			return null;
		}
		JsonNode agent = Actors.parseAgentParameter(json, "agent");
		return Ifi.of(agent)
			.orElseThrow(() -> XapiException.badRequest("agent: must be an Agent or an Identified Group"))
			.key();
	}

	private String iri(String name) {
		String value = this.values.get(name);
		return (value != null) ? XapiFormats.parseIriParameter(value, name) : null;
	}

	private String uuid(String name) {
		return XapiFormats.parseUuidParameter(this.values.get(name), name);
	}

	private String optionalUuid(String name) {
		return this.values.containsKey(name) ? uuid(name) : null;
	}

	private Instant time(String name) {
		String value = this.values.get(name);
		return (value != null) ? XapiFormats.parseTimestampParameter(value, name) : null;
	}

	// Spec: Communication 2.1.3 note: booleans are the literals true and false.
	private boolean bool(String name) {
		String value = this.values.get(name);
		if (value == null || value.equals("false")) {
			return false;
		}
		if (value.equals("true")) {
			return true;
		}
		throw XapiException.badRequest(name + ": must be true or false");
	}

	// Spec: Communication 2.1.3: a non-negative integer; 0 means the server's maximum.
	private int limit(int maxLimit) {
		String value = this.values.get("limit");
		if (value == null) {
			return maxLimit;
		}
		if (!value.matches("\\d{1,18}")) {
			throw XapiException.badRequest("limit: must be a non-negative integer");
		}
		long limit = Long.parseLong(value);
		return (limit == 0 || limit > maxLimit) ? maxLimit : (int) limit;
	}

	private StatementFormat format() {
		return StatementFormat.fromParameter(this.values.get("format"));
	}

	private String filters() {
		Map<String, String> sorted = new TreeMap<>();
		for (String name : FILTERS) {
			if (this.values.containsKey(name)) {
				sorted.put(name, this.values.get(name));
			}
		}
		return sorted.toString();
	}

	private static List<String> sorted(Set<String> names) {
		return names.stream().sorted().toList();
	}

	// A parameter name as shown in an error: short, so that a client cannot make the LRS
	// echo a large part of its request.
	private static String shown(String name) {
		return (name.length() > 40) ? name.substring(0, 40) + "..." : name;
	}

}
