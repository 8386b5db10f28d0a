/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code format} parameter of GET /statements (Communication 2.1.3): {@code exact},
 * {@code ids} and {@code canonical}. Every method returns a new tree and leaves its input
 * alone.
 * <p>
 * All three return each {@code contextActivities} value as an array, even when it arrived
 * as a single Activity (Data 2.4.6.2 "The LRS MUST return every value ... as an array").
 */
public final class StatementFormatter {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

	private StatementFormatter() {
	}

	/**
	 * The Statement as received (format {@code exact}), with context Activities as
	 * arrays.
	 * @param statement a stored Statement
	 * @return a copy
	 */
	public static JsonNode exact(JsonNode statement) {
		ObjectNode copy = copyOf(statement);
		contextActivitiesAsArrays(copy);
		return copy;
	}

	/**
	 * Format {@code ids}: only what identifies each Agent, Group, Activity and Verb.
	 * Agents and Identified Groups keep their objectType and IFI, Anonymous Groups their
	 * objectType and their members reduced the same way, Verbs their id, and Activities
	 * their id alone (the conformance suite expects an Activity with a single property).
	 * Other properties of the Statement are kept.
	 * @param statement a stored Statement
	 * @return a reduced copy
	 */
	public static JsonNode ids(JsonNode statement) {
		ObjectNode copy = copyOf(statement);
		contextActivitiesAsArrays(copy);
		reduceToIds(copy);
		return copy;
	}

	/**
	 * Format {@code canonical}: every language map of Activities (name, description,
	 * interaction components), Verbs and Attachments reduced to the one language that
	 * best matches {@code Accept-Language}, chosen per map, or any one entry when none
	 * matches. Agents and Groups are left as received. Replacing Activity definitions by
	 * the LRS's canonical ones is up to the caller, before calling this.
	 * @param statement a stored Statement
	 * @param ranges the parsed {@code Accept-Language} header, possibly empty
	 * @return a filtered copy
	 */
	public static JsonNode canonical(JsonNode statement, List<Locale.LanguageRange> ranges) {
		ObjectNode copy = copyOf(statement);
		contextActivitiesAsArrays(copy);
		reduceLanguages(copy, new LanguagePreference(ranges));
		return copy;
	}

	private static ObjectNode copyOf(JsonNode statement) {
		if (statement == null || !statement.isObject()) {
			throw new IllegalArgumentException("A Statement is a JSON object");
		}
		return (ObjectNode) statement.deepCopy();
	}

	private static void contextActivitiesAsArrays(ObjectNode statement) {
		wrapContextActivities(statement.get("context"));
		JsonNode object = statement.get("object");
		if (object != null && "SubStatement".equals(object.path("objectType").asString(""))) {
			wrapContextActivities(object.get("context"));
		}
	}

	private static void wrapContextActivities(JsonNode context) {
		JsonNode contextActivities = (context != null) ? context.get("contextActivities") : null;
		if (contextActivities == null || !contextActivities.isObject()) {
			return;
		}
		ObjectNode map = (ObjectNode) contextActivities;
		for (String key : List.copyOf(map.propertyNames())) {
			JsonNode value = map.get(key);
			if (!value.isArray()) {
				map.putArray(key).add(value);
			}
		}
	}

	// format=ids

	private static void reduceToIds(ObjectNode statement) {
		replace(statement, "actor", idsOfActor(statement.get("actor")));
		replace(statement, "verb", idsOfVerb(statement.get("verb")));
		replace(statement, "authority", idsOfActor(statement.get("authority")));
		JsonNode object = statement.get("object");
		if (object != null && object.isObject()) {
			String type = object.path("objectType").asString("Activity");
			switch (type) {
				case "Activity" -> statement.set("object", idsOfActivity(object));
				case "Agent", "Group" -> statement.set("object", idsOfActor(object));
				case "SubStatement" -> reduceToIds((ObjectNode) object);
				default -> {
				}
			}
		}
		JsonNode context = statement.get("context");
		if (context != null && context.isObject()) {
			reduceContextToIds((ObjectNode) context);
		}
	}

	private static void reduceContextToIds(ObjectNode context) {
		replace(context, "instructor", idsOfActor(context.get("instructor")));
		replace(context, "team", idsOfActor(context.get("team")));
		JsonNode contextActivities = context.get("contextActivities");
		if (contextActivities != null && contextActivities.isObject()) {
			for (JsonNode list : contextActivities) {
				ArrayNode array = (ArrayNode) list;
				for (int i = 0; i < array.size(); i++) {
					array.set(i, idsOfActivity(array.get(i)));
				}
			}
		}
		for (JsonNode item : context.path("contextAgents")) {
			if (item.isObject()) {
				replace((ObjectNode) item, "agent", idsOfActor(item.get("agent")));
			}
		}
		for (JsonNode item : context.path("contextGroups")) {
			if (item.isObject()) {
				replace((ObjectNode) item, "group", idsOfActor(item.get("group")));
			}
		}
	}

	private static JsonNode idsOfActor(JsonNode actor) {
		if (actor == null || !actor.isObject()) {
			return actor;
		}
		ObjectNode reduced = NODES.objectNode();
		boolean group = Actors.isGroup(actor);
		reduced.put("objectType", group ? "Group" : "Agent");
		List<String> ifis = Actors.ifiNames(actor);
		for (String ifi : ifis) {
			reduced.set(ifi, actor.get(ifi).deepCopy());
		}
		JsonNode members = actor.get("member");
		if (group && ifis.isEmpty() && members != null && members.isArray()) {
			ArrayNode reducedMembers = reduced.putArray("member");
			members.forEach((member) -> reducedMembers.add(idsOfActor(member)));
		}
		return reduced;
	}

	private static JsonNode idsOfVerb(JsonNode verb) {
		if (verb == null || !verb.isObject()) {
			return verb;
		}
		ObjectNode reduced = NODES.objectNode();
		reduced.set("id", verb.get("id"));
		return reduced;
	}

	private static JsonNode idsOfActivity(JsonNode activity) {
		if (activity == null || !activity.isObject()) {
			return activity;
		}
		ObjectNode reduced = NODES.objectNode();
		reduced.set("id", activity.get("id"));
		return reduced;
	}

	private static void replace(ObjectNode node, String key, JsonNode value) {
		if (node.has(key)) {
			node.set(key, value);
		}
	}

	// format=canonical

	private static void reduceLanguages(ObjectNode statement, LanguagePreference preference) {
		JsonNode verb = statement.get("verb");
		if (verb != null && verb.isObject()) {
			reduceMap((ObjectNode) verb, "display", preference);
		}
		JsonNode object = statement.get("object");
		if (object != null && object.isObject()) {
			String type = object.path("objectType").asString("Activity");
			if (type.equals("Activity")) {
				reduceActivity(object, preference);
			}
			else if (type.equals("SubStatement")) {
				reduceLanguages((ObjectNode) object, preference);
			}
		}
		for (JsonNode list : statement.path("context").path("contextActivities")) {
			list.forEach((activity) -> reduceActivity(activity, preference));
		}
		for (JsonNode attachment : statement.path("attachments")) {
			if (attachment.isObject()) {
				reduceMap((ObjectNode) attachment, "display", preference);
				reduceMap((ObjectNode) attachment, "description", preference);
			}
		}
	}

	private static void reduceActivity(JsonNode activity, LanguagePreference preference) {
		JsonNode definition = activity.get("definition");
		if (definition == null || !definition.isObject()) {
			return;
		}
		ObjectNode editable = (ObjectNode) definition;
		reduceMap(editable, "name", preference);
		reduceMap(editable, "description", preference);
		for (String list : COMPONENT_LISTS) {
			for (JsonNode component : definition.path(list)) {
				if (component.isObject()) {
					reduceMap((ObjectNode) component, "description", preference);
				}
			}
		}
	}

	private static void reduceMap(ObjectNode owner, String key, LanguagePreference preference) {
		JsonNode map = owner.get(key);
		if (map == null || !map.isObject() || map.size() <= 1) {
			return;
		}
		String chosen = preference.choose(map);
		ObjectNode reduced = NODES.objectNode();
		for (Map.Entry<String, JsonNode> entry : map.properties()) {
			if (entry.getKey().equals(chosen)) {
				reduced.set(entry.getKey(), entry.getValue());
			}
		}
		owner.set(key, reduced);
	}

}
