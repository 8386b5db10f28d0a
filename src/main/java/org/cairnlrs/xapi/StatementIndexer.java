/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Extracts from a valid Statement the values the GET /statements filters look at
 * (Communication 2.1.3):
 * <ul>
 * <li>{@code agent}: the actor and the object when it is an Agent or Group, including the
 * members of such a Group ("Groups that have members which match the specified Agent ...
 * are considered a match");</li>
 * <li>{@code related_agents=true}: also the authority, {@code context.instructor},
 * {@code context.team} (and 2.0's {@code contextAgents} and {@code contextGroups}), with
 * their members, and the same properties plus actor and object inside a
 * SubStatement;</li>
 * <li>{@code activity}: the object when it is an Activity;</li>
 * <li>{@code related_activities=true}: also the context Activities, and the object and
 * context Activities of a SubStatement.</li>
 * </ul>
 */
public final class StatementIndexer {

	private StatementIndexer() {
	}

	/**
	 * Indexes one Statement.
	 * @param statement a Statement that passed {@link StatementValidator}
	 * @return the index entries
	 */
	public static StatementIndex index(JsonNode statement) {
		Collector collector = new Collector();
		collector.actor(statement.get("actor"), false);
		JsonNode object = statement.path("object");
		String objectType = objectType(object);
		switch (objectType) {
			case "Agent", "Group" -> collector.actor(object, false);
			case "Activity" -> collector.activity(object, false);
			case "SubStatement" -> collector.subStatement(object);
			default -> {
			}
		}
		collector.actor(statement.get("authority"), true);
		collector.context(statement.get("context"));

		String target = objectType.equals("StatementRef") ? lowercase(object.get("id")) : null;
		return new StatementIndex(statement.path("verb").path("id").asString(null),
				lowercase(statement.path("context").get("registration")), target,
				StatementValidator.isVoiding(statement), collector.actorRefs(), collector.activityRefs(),
				collector.definitions());
	}

	private static String objectType(JsonNode object) {
		JsonNode objectType = object.get("objectType");
		return (objectType != null && objectType.isString()) ? objectType.stringValue() : "Activity";
	}

	private static String lowercase(JsonNode node) {
		return (node != null && node.isString()) ? node.stringValue().toLowerCase(Locale.ROOT) : null;
	}

	private static final class Collector {

		// Key to "related"; once a key is seen unrelated it stays unrelated.
		private final Map<String, Boolean> actors = new LinkedHashMap<>();

		private final Map<String, Boolean> activities = new LinkedHashMap<>();

		private final Map<String, JsonNode> definitions = new LinkedHashMap<>();

		void actor(JsonNode actor, boolean related) {
			if (actor == null || !actor.isObject()) {
				return;
			}
			Ifi.of(actor).ifPresent((ifi) -> add(this.actors, ifi.key(), related));
			JsonNode members = actor.get("member");
			if (members != null && members.isArray()) {
				for (JsonNode member : members) {
					Ifi.of(member).ifPresent((ifi) -> add(this.actors, ifi.key(), related));
				}
			}
		}

		void activity(JsonNode activity, boolean related) {
			JsonNode id = (activity != null) ? activity.get("id") : null;
			if (id == null || !id.isString()) {
				return;
			}
			add(this.activities, id.stringValue(), related);
			JsonNode definition = activity.get("definition");
			if (definition != null && definition.isObject()) {
				this.definitions.putIfAbsent(id.stringValue(), definition.deepCopy());
			}
		}

		// Spec: Communication 2.1.3 related_agents / related_activities: "or any of these
		// properties in a contained SubStatement".
		void subStatement(JsonNode subStatement) {
			actor(subStatement.get("actor"), true);
			JsonNode object = subStatement.path("object");
			switch (objectType(object)) {
				case "Agent", "Group" -> actor(object, true);
				case "Activity" -> activity(object, true);
				default -> {
				}
			}
			context(subStatement.get("context"));
		}

		void context(JsonNode context) {
			if (context == null || !context.isObject()) {
				return;
			}
			actor(context.get("instructor"), true);
			actor(context.get("team"), true);
			for (JsonNode contextAgent : context.path("contextAgents")) {
				actor(contextAgent.get("agent"), true);
			}
			for (JsonNode contextGroup : context.path("contextGroups")) {
				actor(contextGroup.get("group"), true);
			}
			for (JsonNode value : context.path("contextActivities")) {
				if (value.isArray()) {
					value.forEach((activity) -> activity(activity, true));
				}
				else {
					activity(value, true);
				}
			}
		}

		private static void add(Map<String, Boolean> refs, String key, boolean related) {
			refs.merge(key, related, (existing, added) -> existing && added);
		}

		List<ActorRef> actorRefs() {
			List<ActorRef> refs = new ArrayList<>();
			this.actors.forEach((key, related) -> refs.add(new ActorRef(key, related)));
			return refs;
		}

		List<ActivityRef> activityRefs() {
			List<ActivityRef> refs = new ArrayList<>();
			this.activities.forEach((id, related) -> refs.add(new ActivityRef(id, related)));
			return refs;
		}

		List<ActivityDefinition> definitions() {
			List<ActivityDefinition> list = new ArrayList<>();
			this.definitions.forEach((id, definition) -> list.add(new ActivityDefinition(id, definition)));
			return list;
		}

	}

}
