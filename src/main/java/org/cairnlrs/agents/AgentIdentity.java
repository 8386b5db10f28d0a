/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import java.util.List;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An Agent's inverse functional identifier: the key the LRS stores it under and the IFI
 * as a JSON object with its one IFI property.
 *
 * @param key the storage key
 * @param ifi the IFI object, such as {@code {"mbox":"mailto:a@example.com"}}
 */
record AgentIdentity(String key, ObjectNode ifi) {

	private static final List<String> IFI_PROPERTIES = List.of("mbox", "mbox_sha1sum", "openid", "account");

	/** The identity of a validated Agent, empty when it has no IFI. */
	static Optional<AgentIdentity> of(JsonNode agent) {
		for (String property : IFI_PROPERTIES) {
			JsonNode value = agent.get(property);
			if (value != null) {
				ObjectNode ifi = JsonNodeFactory.instance.objectNode();
				ifi.set(property, canonical(value));
				return Optional.of(new AgentIdentity(ifi.toString(), ifi));
			}
		}
		return Optional.empty();
	}

	// An account's properties in a fixed order, so that the key does not depend on the
	// order sent.
	private static JsonNode canonical(JsonNode value) {
		if (!value.isObject()) {
			return value.deepCopy();
		}
		ObjectNode account = JsonNodeFactory.instance.objectNode();
		account.set("homePage", value.get("homePage"));
		account.set("name", value.get("name"));
		return account;
	}

}
