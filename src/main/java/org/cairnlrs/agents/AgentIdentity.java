/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.cairnlrs.xapi.Ifi;

/**
 * An Agent's inverse functional identifier: the key the LRS stores it under
 * ({@link Ifi#key()}) and the IFI as a JSON object with its one IFI property, as the
 * Person object shows it.
 *
 * @param key the storage key
 * @param ifi the IFI object, such as {@code {"mbox":"mailto:a@example.com"}}
 */
record AgentIdentity(String key, ObjectNode ifi) {

	/** The identity of a validated Agent, empty when it has no single IFI. */
	static Optional<AgentIdentity> of(JsonNode agent) {
		return Ifi.of(agent).map((ifi) -> {
			ObjectNode property = JsonNodeFactory.instance.objectNode();
			property.set(ifi.kind(), canonical(agent.get(ifi.kind())));
			return new AgentIdentity(ifi.key(), property);
		});
	}

	// An account with only its two properties, in a fixed order.
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
