/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.cairnlrs.xapi.IndexedValues;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the LRS knows of each Agent, for the Agents resource's Person object
 * (Communication 2.6): the Agent's IFI and every name it was seen with in a Statement.
 */
@Service
public class AgentService {

	private final AgentRepository repository;

	AgentService(AgentRepository repository) {
		this.repository = repository;
	}

	/**
	 * Remembers these Agents and their names. Runs inside the caller's transaction when
	 * there is one; one batch inserts the unknown agents and one the unknown names, and
	 * nothing already known is written again. A Group given here is not recorded itself
	 * (the Agents resource describes Agents), but its members are.
	 * @param agents Agents (or Groups), already validated
	 */
	@Transactional
	public void recordAgents(Collection<JsonNode> agents) {
		Map<String, ObjectNode> ifis = new LinkedHashMap<>();
		Set<Map.Entry<String, String>> names = new LinkedHashSet<>();
		for (JsonNode agent : agents) {
			collect(agent, ifis, names);
		}

		this.repository.insertMissing(ifis, names);
	}

	/**
	 * The Person object for an Agent (Communication 2.4): the names the LRS has seen it
	 * with, together with the name in the request, and its identifier. Without links
	 * between the identifiers of one person, the Person has the one IFI of the Agent
	 * asked for; for an Agent the LRS has never seen it holds what the request gave.
	 * @param agent a validated Agent
	 * @return the Person object
	 */
	ObjectNode person(JsonNode agent) {
		ObjectNode person = JsonNodeFactory.instance.objectNode();
		person.put("objectType", "Person");
		Optional<AgentIdentity> identity = AgentIdentity.of(agent);

		Set<String> names = new TreeSet<>();
		identity.ifPresent((known) -> names.addAll(this.repository.findNames(known.key())));
		JsonNode name = agent.get("name");
		if (name != null && name.isString()) {
			names.add(name.stringValue());
		}
		if (!names.isEmpty()) {
			ArrayNode list = person.putArray("name");
			names.forEach(list::add);
		}

		// Spec: Communication 2.4 "Person Properties": each property an array of values.
		identity.ifPresent((known) -> known.ifi()
			.properties()
			.forEach((property) -> person.putArray(property.getKey()).add(property.getValue().deepCopy())));
		return person;
	}

	private static void collect(JsonNode actor, Map<String, ObjectNode> ifis, Set<Map.Entry<String, String>> names) {
		if (actor == null || !actor.isObject()) {
			return;
		}
		if ("Group".equals(actor.path("objectType").asString(""))) {
			for (JsonNode member : actor.path("member")) {
				collect(member, ifis, names);
			}
			return;
		}

		AgentIdentity.of(actor).ifPresent((identity) -> {
			ifis.putIfAbsent(identity.key(), identity.ifi());
			JsonNode name = actor.get("name");
			// The name is any string (Data 2.4.2.1) and the Statement is valid with it.
			// One that cannot be indexed with the key (too long, or holding U+0000,
			// which PostgreSQL text refuses) is not recorded for the Agents resource.
			// Limitation: the Person object lacks such a name because the names are
			// kept in an index whose entries each database limits in size.
			if (name != null && name.isString() && IndexedValues.fitsWith(identity.key(), name.stringValue())) {
				names.add(Map.entry(identity.key(), name.stringValue()));
			}
		});
	}

}
