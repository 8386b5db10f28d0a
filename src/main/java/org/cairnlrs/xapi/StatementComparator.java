/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Decides whether a Statement sent again with an existing id is the same Statement, so
 * that the Statement resource answers 204 rather than 409 (Communication 2.1.1, 2.1.2).
 * <p>
 * Spec: Data 2.3.1 "Statement Comparison Requirements": differences that could come from
 * the exceptions to immutability are ignored, all others count. Concretely:
 * <ul>
 * <li>{@code id}, {@code authority}, {@code stored} and {@code version} are ignored: the
 * LRS assigns or overwrites them;</li>
 * <li>the top-level {@code timestamp} is ignored when either side lacks it (the LRS sets
 * it to {@code stored}); when both have one they are compared as instants, since only the
 * serialization of timestamps is exempt. A SubStatement's timestamp is never assigned by
 * the LRS, so it counts, again as an instant;</li>
 * <li>Activity definitions and the verb's {@code display} are ignored; attachments are
 * ignored;</li>
 * <li>Group members are compared as an unordered list;</li>
 * <li>case-insensitive values are compared without case: the domain of an mbox, an
 * mbox_sha1sum, UUIDs ({@code registration}, StatementRef ids) and the
 * {@code context.language} tag;</li>
 * <li>a single context Activity equals an array holding it (the LRS returns arrays, Data
 * 2.4.6.2), and an absent objectType equals its default ({@code Activity} for objects,
 * {@code Agent} for actors, Data 2.4.2.1 and 2.4.4);</li>
 * <li>{@code result.duration} is compared as a string, ignoring precision beyond 0.01 s
 * (Data 4.6);</li>
 * <li>numbers are compared by value, so {@code 1} equals {@code 1.0}; object properties
 * in any order (Data 2.2); everything else, extensions included, must be equal.</li>
 * </ul>
 * IRIs are compared as exact strings (RFC 3987 5.3.1, which Data 3.1 allows).
 * <p>
 * xAPI 2.0 defines equivalence differently (LRS 4.2 "Statement Immutability"): only the
 * actor (members in any order), the verb without its display, the object and
 * {@code result.duration} (to 0.01 s) count, and case never does. Everything else, the
 * result and context included, may differ between two equal Statements.
 * {@link #sameStatement(JsonNode, JsonNode, XapiVersion)} chooses the rules by version.
 */
public final class StatementComparator {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private StatementComparator() {
	}

	/**
	 * Compares two Statements.
	 * @param a a stored or received Statement
	 * @param b another one
	 * @return true when they are the same Statement under Data 2.3.1
	 */
	public static boolean sameStatement(JsonNode a, JsonNode b) {
		if (!a.isObject() || !b.isObject()) {
			return equal(a, b);
		}
		if (!sameTimestamp(a.get("timestamp"), b.get("timestamp"), true)) {
			return false;
		}
		return equal(normalizeStatement(a, false), normalizeStatement(b, false));
	}

	/**
	 * Compares two Statements under the rules of an xAPI version: Data 2.3.1 for 1.0.3,
	 * LRS 4.2 "Statement Immutability" for 2.0.
	 * @param a a stored or received Statement
	 * @param b another one
	 * @param version the version whose rules apply
	 * @return true when they are the same Statement under those rules
	 */
	public static boolean sameStatement(JsonNode a, JsonNode b, XapiVersion version) {
		if (!version.isAtLeast2()) {
			return sameStatement(a, b);
		}
		if (!a.isObject() || !b.isObject()) {
			return equal(a, b);
		}
		return equal(lowercase2_0(normalizeStatement2_0(a)), lowercase2_0(normalizeStatement2_0(b)));
	}

	/**
	 * Whether a Statement sent again with a stored id is the stored Statement, for the
	 * client that sends it: the stored Statement is compared as that client reads it
	 * ({@link StatementVersions#forReader}), so that a 1.0.3 client sending back what it
	 * read is not refused for the 2.0 properties it never saw.
	 * @param stored the stored Statement
	 * @param received the Statement received with the same id
	 * @param version the xAPI version of the request that sends it again
	 * @return true when they are the same Statement under the rules of that version
	 */
	public static boolean sameAsStored(JsonNode stored, JsonNode received, XapiVersion version) {
		return sameStatement(StatementVersions.forReader(stored, version), received, version);
	}

	// Spec: 2.0 LRS 4.2: actor, verb, object and duration; timestamps, ids, authority,
	// version, attachments and Activity definitions do not count.
	private static ObjectNode normalizeStatement2_0(JsonNode statement) {
		ObjectNode normalized = NODES.objectNode();
		normalized.set("actor", normalizeActor(statement.get("actor")));
		normalized.set("verb", normalizeVerb(statement.get("verb")));
		JsonNode object = statement.get("object");
		boolean subStatement = object != null && "SubStatement".equals(object.path("objectType").asString(""));
		normalized.set("object", subStatement ? normalizeStatement(object, false) : normalizeObject(object));
		JsonNode duration = statement.path("result").get("duration");
		if (duration != null && duration.isString()) {
			normalized.put("duration", truncateDuration(duration.stringValue()));
		}
		return normalized;
	}

	// Spec: 2.0 LRS 4.2: "Case (upper vs. lower)" is not considered for equivalence.
	private static JsonNode lowercase2_0(JsonNode node) {
		if (node instanceof ObjectNode object) {
			ObjectNode lowered = NODES.objectNode();
			object.properties().forEach((entry) -> lowered.set(entry.getKey(), lowercase2_0(entry.getValue())));
			// Members were sorted before their case was dropped: sort them again.
			if (lowered.get("member") instanceof ArrayNode members) {
				List<JsonNode> sorted = new ArrayList<>();
				members.forEach(sorted::add);
				sorted.sort(Comparator.comparing(JsonNode::toString));
				lowered.putArray("member").addAll(sorted);
			}
			return lowered;
		}
		if (node instanceof ArrayNode array) {
			ArrayNode lowered = NODES.arrayNode();
			array.forEach((item) -> lowered.add(lowercase2_0(item)));
			return lowered;
		}
		return lowercase(node);
	}

	private static boolean sameTimestamp(JsonNode a, JsonNode b, boolean assignedByLrs) {
		if (a == null || b == null) {
			return assignedByLrs || a == b;
		}
		Optional<Instant> instantA = XapiFormats.parseTimestamp(a.asString(null));
		Optional<Instant> instantB = XapiFormats.parseTimestamp(b.asString(null));
		if (instantA.isEmpty() || instantB.isEmpty()) {
			return equal(a, b);
		}
		return instantA.get().equals(instantB.get());
	}

	// A canonical form holding only what Data 2.3.1 says is part of the Statement.
	private static ObjectNode normalizeStatement(JsonNode statement, boolean subStatement) {
		ObjectNode normalized = NODES.objectNode();
		copy(statement, normalized, "objectType");
		normalized.set("actor", normalizeActor(statement.get("actor")));
		normalized.set("verb", normalizeVerb(statement.get("verb")));
		normalized.set("object", normalizeObject(statement.get("object")));
		if (statement.has("result")) {
			normalized.set("result", normalizeResult(statement.get("result")));
		}
		if (statement.has("context")) {
			normalized.set("context", normalizeContext(statement.get("context")));
		}
		if (subStatement && statement.has("timestamp")) {
			normalized.set("timestamp", normalizeTimestamp(statement.get("timestamp")));
		}
		return normalized;
	}

	private static JsonNode normalizeVerb(JsonNode verb) {
		if (verb == null || !verb.isObject()) {
			return verb;
		}
		ObjectNode normalized = NODES.objectNode();
		copy(verb, normalized, "id");
		return normalized;
	}

	private static JsonNode normalizeObject(JsonNode object) {
		if (object == null || !object.isObject()) {
			return object;
		}
		String type = object.path("objectType").asString("Activity");
		return switch (type) {
			case "Activity" -> normalizeActivity(object);
			case "Agent", "Group" -> normalizeActor(object);
			case "StatementRef" -> normalizeStatementRef(object);
			case "SubStatement" -> normalizeStatement(object, true);
			default -> object;
		};
	}

	private static JsonNode normalizeActivity(JsonNode activity) {
		if (activity == null || !activity.isObject()) {
			return activity;
		}
		ObjectNode normalized = NODES.objectNode();
		normalized.put("objectType", "Activity");
		copy(activity, normalized, "id");
		return normalized;
	}

	private static JsonNode normalizeStatementRef(JsonNode ref) {
		if (ref == null || !ref.isObject()) {
			return ref;
		}
		ObjectNode normalized = NODES.objectNode();
		copy(ref, normalized, "objectType");
		normalized.set("id", lowercase(ref.get("id")));
		return normalized;
	}

	private static JsonNode normalizeActor(JsonNode actor) {
		if (actor == null || !actor.isObject()) {
			return actor;
		}
		ObjectNode normalized = NODES.objectNode();
		normalized.put("objectType", actor.path("objectType").asString("Agent"));
		copy(actor, normalized, "name");
		Ifi.of(actor).ifPresent((ifi) -> normalized.put("ifi", ifi.key()));
		JsonNode members = actor.get("member");
		if (members != null && members.isArray()) {
			List<JsonNode> sorted = new ArrayList<>();
			members.forEach((member) -> sorted.add(normalizeActor(member)));
			sorted.sort(Comparator.comparing(JsonNode::toString));
			ArrayNode array = normalized.putArray("member");
			sorted.forEach(array::add);
		}
		return normalized;
	}

	private static JsonNode normalizeResult(JsonNode result) {
		if (!result.isObject()) {
			return result;
		}
		ObjectNode normalized = (ObjectNode) result.deepCopy();
		JsonNode duration = result.get("duration");
		if (duration != null && duration.isString()) {
			normalized.put("duration", truncateDuration(duration.stringValue()));
		}
		return normalized;
	}

	// Spec: Data 4.6: precision beyond 0.01 s is not part of the comparison.
	static String truncateDuration(String duration) {
		int separator = Math.max(duration.indexOf('.'), duration.indexOf(','));
		if (separator < 0 || !duration.endsWith("S")) {
			return duration;
		}
		String digits = duration.substring(separator + 1, duration.length() - 1);
		String kept = digits.substring(0, Math.min(2, digits.length())).replaceAll("0+$", "");
		String whole = duration.substring(0, separator);
		return kept.isEmpty() ? whole + "S" : whole + "." + kept + "S";
	}

	private static JsonNode normalizeContext(JsonNode context) {
		if (!context.isObject()) {
			return context;
		}
		ObjectNode normalized = (ObjectNode) context.deepCopy();
		replaceIfPresent(normalized, "registration", lowercase(context.get("registration")));
		replaceIfPresent(normalized, "language", lowercase(context.get("language")));
		replaceIfPresent(normalized, "instructor", normalizeActor(context.get("instructor")));
		replaceIfPresent(normalized, "team", normalizeActor(context.get("team")));
		replaceIfPresent(normalized, "statement", normalizeStatementRef(context.get("statement")));
		replaceIfPresent(normalized, "contextActivities", normalizeContextActivities(context.get("contextActivities")));
		normalizeContextActors(normalized, "contextAgents", "agent");
		normalizeContextActors(normalized, "contextGroups", "group");
		return normalized;
	}

	private static JsonNode normalizeContextActivities(JsonNode contextActivities) {
		if (contextActivities == null || !contextActivities.isObject()) {
			return contextActivities;
		}
		ObjectNode normalized = NODES.objectNode();
		for (Map.Entry<String, JsonNode> entry : contextActivities.properties()) {
			ArrayNode array = normalized.putArray(entry.getKey());
			if (entry.getValue().isArray()) {
				entry.getValue().forEach((activity) -> array.add(normalizeActivity(activity)));
			}
			else {
				array.add(normalizeActivity(entry.getValue()));
			}
		}
		return normalized;
	}

	private static void normalizeContextActors(ObjectNode context, String listKey, String actorKey) {
		JsonNode list = context.get(listKey);
		if (list == null || !list.isArray()) {
			return;
		}
		for (JsonNode item : list) {
			if (item.isObject() && item.has(actorKey)) {
				((ObjectNode) item).set(actorKey, normalizeActor(item.get(actorKey)));
			}
		}
	}

	private static JsonNode normalizeTimestamp(JsonNode timestamp) {
		Optional<Instant> instant = XapiFormats.parseTimestamp(timestamp.asString(null));
		return instant.<JsonNode>map((value) -> NODES.stringNode(value.toString())).orElse(timestamp);
	}

	private static void copy(JsonNode from, ObjectNode to, String key) {
		JsonNode value = from.get(key);
		if (value != null) {
			to.set(key, value);
		}
	}

	private static void replaceIfPresent(ObjectNode node, String key, JsonNode value) {
		if (node.has(key)) {
			node.set(key, value);
		}
	}

	private static JsonNode lowercase(JsonNode node) {
		if (node == null || !node.isString()) {
			return node;
		}
		return NODES.stringNode(node.stringValue().toLowerCase(Locale.ROOT));
	}

	// JSON equality where numbers compare by value and object properties in any order.
	private static boolean equal(JsonNode a, JsonNode b) {
		if (a == null || b == null) {
			return a == b;
		}
		if (a.isNumber() && b.isNumber()) {
			if (!JsonChecks.isFinite(a) || !JsonChecks.isFinite(b)) {
				return a.doubleValue() == b.doubleValue();
			}
			return a.decimalValue().compareTo(b.decimalValue()) == 0;
		}
		if (a.getNodeType() != b.getNodeType() || a.size() != b.size()) {
			return false;
		}
		if (a.isObject()) {
			for (Map.Entry<String, JsonNode> entry : a.properties()) {
				if (!equal(entry.getValue(), b.get(entry.getKey()))) {
					return false;
				}
			}
			return true;
		}
		if (a.isArray()) {
			Iterator<JsonNode> other = b.iterator();
			for (JsonNode item : a) {
				if (!equal(item, other.next())) {
					return false;
				}
			}
			return true;
		}
		return a.equals(b);
	}

}
