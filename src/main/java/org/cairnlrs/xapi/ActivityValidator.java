/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import static org.cairnlrs.xapi.JsonChecks.child;
import static org.cairnlrs.xapi.JsonChecks.index;
import static org.cairnlrs.xapi.JsonChecks.invalid;

/**
 * Activities and their definitions, including Interaction Activities (Data 2.4.4.1).
 */
final class ActivityValidator {

	private static final Set<String> ACTIVITY_PROPERTIES = Set.of("objectType", "id", "definition");

	private static final Set<String> DEFINITION_PROPERTIES = Set.of("name", "description", "type", "moreInfo",
			"extensions", "interactionType", "correctResponsesPattern", "choices", "scale", "source", "target",
			"steps");

	private static final Set<String> COMPONENT_PROPERTIES = Set.of("id", "description");

	private static final List<String> COMPONENT_LISTS = List.of("choices", "scale", "source", "target", "steps");

	private static final List<String> INTERACTION_PROPERTIES = List.of("correctResponsesPattern", "choices", "scale",
			"source", "target", "steps");

	// Spec: Data 2.4.4.1 "Interaction Components": the lists each interactionType
	// supports.
	private static final Map<String, Set<String>> LISTS_BY_TYPE = Map.of("true-false", Set.of(), "choice",
			Set.of("choices"), "fill-in", Set.of(), "long-fill-in", Set.of(), "matching", Set.of("source", "target"),
			"performance", Set.of("steps"), "sequencing", Set.of("choices"), "likert", Set.of("scale"), "numeric",
			Set.of(), "other", Set.of());

	private ActivityValidator() {
	}

	/**
	 * An Activity: objectType {@code Activity} when present, an IRI id and an optional
	 * definition.
	 */
	static void validateActivity(JsonNode activity, String path) {
		JsonChecks.object(activity, path);
		JsonChecks.onlyProperties(activity, path, ACTIVITY_PROPERTIES, "an Activity");
		JsonNode objectType = activity.get("objectType");
		if (objectType != null && !"Activity".equals(JsonChecks.string(objectType, child(path, "objectType")))) {
			throw invalid(child(path, "objectType"), "must be \"Activity\" (case sensitive)");
		}
		JsonChecks.iri(JsonChecks.required(activity, "id", path), child(path, "id"));

		JsonNode definition = activity.get("definition");
		if (definition != null) {
			validateDefinition(definition, child(path, "definition"));
		}
	}

	private static void validateDefinition(JsonNode definition, String path) {
		JsonChecks.object(definition, path);
		JsonChecks.onlyProperties(definition, path, DEFINITION_PROPERTIES, "an Activity Definition");
		JsonChecks.optional(definition, "name", path, JsonChecks::languageMap);
		JsonChecks.optional(definition, "description", path, JsonChecks::languageMap);
		JsonChecks.optional(definition, "type", path, JsonChecks::iri);
		JsonChecks.optional(definition, "moreInfo", path, JsonChecks::irl);
		JsonChecks.optional(definition, "extensions", path, JsonChecks::extensions);
		validateInteraction(definition, path);
	}

	// Spec: Data 2.4.4.1 "Interaction Activities" requirements; XAPI-00064 (interaction
	// properties without interactionType are rejected).
	private static void validateInteraction(JsonNode definition, String path) {
		JsonNode interactionType = definition.get("interactionType");
		if (interactionType == null) {
			for (String property : INTERACTION_PROPERTIES) {
				if (definition.has(property)) {
					throw invalid(child(path, property), "needs an interactionType in the same definition");
				}
			}
			return;
		}

		String typePath = child(path, "interactionType");
		String type = JsonChecks.string(interactionType, typePath);
		Set<String> supported = LISTS_BY_TYPE.get(type);
		if (supported == null) {
			throw invalid(typePath, "must be one of "
					+ String.join(", ", LISTS_BY_TYPE.keySet().stream().sorted().toList()) + " (case sensitive)");
		}
		validateResponsesPattern(definition.get("correctResponsesPattern"), child(path, "correctResponsesPattern"));
		for (String list : COMPONENT_LISTS) {
			JsonNode components = definition.get(list);
			if (components != null) {
				if (!supported.contains(list)) {
					throw invalid(child(path, list), "is not used with interactionType " + type);
				}
				validateComponents(components, child(path, list));
			}
		}
	}

	// The strings are not parsed against the interactionType's response format: the LRS
	// only
	// MAY check them (Data 2.4.4.1), and characterstring parameters are never validated.
	private static void validateResponsesPattern(JsonNode pattern, String path) {
		if (pattern == null) {
			return;
		}
		JsonChecks.array(pattern, path);
		for (int i = 0; i < pattern.size(); i++) {
			JsonChecks.string(pattern.get(i), index(path, i));
		}
	}

	// Spec: Data 2.4.4.1 "Interaction Components": ids are required and distinct in a
	// list.
	private static void validateComponents(JsonNode components, String path) {
		JsonChecks.array(components, path);
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < components.size(); i++) {
			String componentPath = index(path, i);
			JsonNode component = JsonChecks.object(components.get(i), componentPath);
			JsonChecks.onlyProperties(component, componentPath, COMPONENT_PROPERTIES, "an interaction component");
			String id = JsonChecks.string(JsonChecks.required(component, "id", componentPath),
					child(componentPath, "id"));
			if (!ids.add(id)) {
				throw invalid(child(componentPath, "id"), "repeats the id of an earlier component in this list");
			}
			JsonChecks.optional(component, "description", componentPath, JsonChecks::languageMap);
		}
	}

}
