/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import static org.cairnlrs.xapi.JsonChecks.child;
import static org.cairnlrs.xapi.JsonChecks.index;
import static org.cairnlrs.xapi.JsonChecks.invalid;

/**
 * The Context Object (Data 2.4.6; 2.0 LRS 4.2.2.5, which adds context agents and groups).
 */
final class ContextValidator {

	private static final Set<String> CONTEXT_PROPERTIES = Set.of("registration", "instructor", "team",
			"contextActivities", "revision", "platform", "language", "statement", "extensions");

	private static final Set<String> CONTEXT_PROPERTIES_2_0 = union(CONTEXT_PROPERTIES,
			Set.of("contextAgents", "contextGroups"));

	private static final Set<String> CONTEXT_ACTIVITY_KEYS = Set.of("parent", "grouping", "category", "other");

	private static final Set<String> CONTEXT_AGENT_PROPERTIES = Set.of("objectType", "agent", "relevantTypes");

	private static final Set<String> CONTEXT_GROUP_PROPERTIES = Set.of("objectType", "group", "relevantTypes");

	private ContextValidator() {
	}

	/**
	 * Validates a context.
	 * @param context the context node
	 * @param path its JSON path
	 * @param objectIsActivity whether the (Sub)Statement's object is an Activity, which
	 * {@code revision} and {@code platform} require (Data 2.4.6)
	 * @param version the xAPI version of the request
	 */
	static void validateContext(JsonNode context, String path, boolean objectIsActivity, XapiVersion version) {
		JsonChecks.object(context, path);
		JsonChecks.onlyProperties(context, path, version.isAtLeast2() ? CONTEXT_PROPERTIES_2_0 : CONTEXT_PROPERTIES,
				"a Context");
		JsonChecks.optional(context, "registration", path, JsonChecks::uuid);
		JsonChecks.optional(context, "instructor", path, Actors::validateActor);
		JsonChecks.optional(context, "team", path, ContextValidator::validateTeam);
		JsonChecks.optional(context, "contextActivities", path, ContextValidator::validateContextActivities);
		JsonChecks.optional(context, "revision", path, JsonChecks::string);
		JsonChecks.optional(context, "platform", path, JsonChecks::string);
		JsonChecks.optional(context, "language", path, ContextValidator::validateLanguage);
		JsonChecks.optional(context, "statement", path, StatementValidator::validateStatementRef);
		JsonChecks.optional(context, "extensions", path, JsonChecks::extensions);
		JsonChecks.optional(context, "contextAgents", path, ContextValidator::validateContextAgents);
		JsonChecks.optional(context, "contextGroups", path, ContextValidator::validateContextGroups);

		if (!objectIsActivity) {
			for (String key : new String[] { "revision", "platform" }) {
				if (context.has(key)) {
					throw invalid(child(path, key), "may only be used when the object is an Activity (Data 2.4.6)");
				}
			}
		}
	}

	private static void validateTeam(JsonNode team, String path) {
		JsonChecks.object(team, path);
		if (!Actors.isGroup(team)) {
			throw invalid(path, "must be a Group (objectType \"Group\")");
		}
		Actors.validateGroup(team, path);
	}

	private static void validateLanguage(JsonNode language, String path) {
		JsonChecks.formatted(language, path, XapiFormats::isLanguageTag, "an RFC 5646 language tag such as en-US");
	}

	// Spec: Data 2.4.6.2: keys parent, grouping, category, other; values an Activity or
	// an
	// array of Activities.
	private static void validateContextActivities(JsonNode contextActivities, String path) {
		JsonChecks.object(contextActivities, path);
		for (Map.Entry<String, JsonNode> entry : contextActivities.properties()) {
			String keyPath = child(path, entry.getKey());
			if (!CONTEXT_ACTIVITY_KEYS.contains(entry.getKey())) {
				throw invalid(keyPath, "is not a context type (allowed: category, grouping, other, parent)");
			}
			JsonNode value = entry.getValue();
			if (value.isArray()) {
				for (int i = 0; i < value.size(); i++) {
					ActivityValidator.validateActivity(value.get(i), index(keyPath, i));
				}
			}
			else if (value.isObject()) {
				ActivityValidator.validateActivity(value, keyPath);
			}
			else {
				throw invalid(keyPath,
						"must be an Activity or an array of Activities, not " + JsonChecks.describe(value));
			}
		}
	}

	// Spec: 2.0 LRS 4.2.2.5 "Context Agents Table".
	private static void validateContextAgents(JsonNode contextAgents, String path) {
		JsonChecks.array(contextAgents, path);
		for (int i = 0; i < contextAgents.size(); i++) {
			String itemPath = index(path, i);
			JsonNode item = JsonChecks.object(contextAgents.get(i), itemPath);
			JsonChecks.onlyProperties(item, itemPath, CONTEXT_AGENT_PROPERTIES, "a contextAgent");
			requireObjectType(item, itemPath, "contextAgent");
			Actors.validateAgent(JsonChecks.required(item, "agent", itemPath), child(itemPath, "agent"));
			JsonChecks.optional(item, "relevantTypes", itemPath, ContextValidator::validateRelevantTypes);
		}
	}

	// Spec: 2.0 LRS 4.2.2.5 "Context Group Table".
	private static void validateContextGroups(JsonNode contextGroups, String path) {
		JsonChecks.array(contextGroups, path);
		for (int i = 0; i < contextGroups.size(); i++) {
			String itemPath = index(path, i);
			JsonNode item = JsonChecks.object(contextGroups.get(i), itemPath);
			JsonChecks.onlyProperties(item, itemPath, CONTEXT_GROUP_PROPERTIES, "a contextGroup");
			requireObjectType(item, itemPath, "contextGroup");
			validateTeam(JsonChecks.required(item, "group", itemPath), child(itemPath, "group"));
			JsonChecks.optional(item, "relevantTypes", itemPath, ContextValidator::validateRelevantTypes);
		}
	}

	private static void requireObjectType(JsonNode item, String path, String expected) {
		String objectType = JsonChecks.string(JsonChecks.required(item, "objectType", path), child(path, "objectType"));
		if (!objectType.equals(expected)) {
			throw invalid(child(path, "objectType"), "must be \"" + expected + "\" (case sensitive)");
		}
	}

	private static void validateRelevantTypes(JsonNode relevantTypes, String path) {
		JsonChecks.array(relevantTypes, path);
		if (relevantTypes.isEmpty()) {
			throw invalid(path, "must list at least one IRI when present");
		}
		for (int i = 0; i < relevantTypes.size(); i++) {
			JsonChecks.iri(relevantTypes.get(i), index(path, i));
		}
	}

	private static Set<String> union(Set<String> a, Set<String> b) {
		Set<String> all = new HashSet<>(a);
		all.addAll(b);
		return Set.copyOf(all);
	}

}
