/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * How a newer Activity Definition updates the canonical one.
 */
final class ActivityDefinitions {

	// Spec: Data 2.4.4.1 "Activity Definition": the language maps of a definition.
	private static final Set<String> LANGUAGE_MAPS = Set.of("name", "description");

	private ActivityDefinitions() {
	}

	/** A copy of a definition, or an empty one when there is none. */
	static ObjectNode of(JsonNode definition) {
		if (definition == null || !definition.isObject()) {
			return JsonNodeFactory.instance.objectNode();
		}
		return ((ObjectNode) definition).deepCopy();
	}

	/**
	 * The canonical definition updated by a newer one: language maps merged key by key
	 * (the newer text of a language wins, other languages stay), every other property
	 * replaced by the newer value, properties the newer definition leaves out kept.
	 */
	static ObjectNode merge(ObjectNode canonical, ObjectNode newer) {
		ObjectNode merged = canonical.deepCopy();
		for (var property : newer.properties()) {
			JsonNode current = merged.get(property.getKey());
			JsonNode value = property.getValue();
			if (LANGUAGE_MAPS.contains(property.getKey()) && current != null && current.isObject()
					&& value.isObject()) {
				((ObjectNode) current).setAll((ObjectNode) value.deepCopy());
			}
			else {
				merged.set(property.getKey(), value.deepCopy());
			}
		}
		return merged;
	}

}
