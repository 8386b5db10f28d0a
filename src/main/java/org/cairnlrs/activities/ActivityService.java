/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The canonical Activity Definitions behind the Activities resource (Communication 2.5),
 * kept up to date from the Activities of stored Statements.
 * <p>
 * The rule (Data 2.4.4.1 "the LRS may choose to update the canonical definition"): the
 * first definition seen for an Activity becomes its canonical definition. After that,
 * only a client with the {@code define} scope changes it: its definition is merged into
 * the canonical one, language maps ({@code name}, {@code description}) key by key and
 * every other property replaced by the newer value. Definitions from other clients are
 * kept in their Statements only.
 */
@Service
public class ActivityService {

	private final ActivityRepository repository;

	ActivityService(ActivityRepository repository) {
		this.repository = repository;
	}

	/**
	 * Records the definitions of these Activities. Runs inside the caller's transaction
	 * when there is one, so that a rejected batch of Statements changes nothing. One
	 * query reads the known definitions and one batch writes those that change; most
	 * Statements change none and write nothing.
	 * @param activities Activity objects, each with an {@code id} and an optional
	 * {@code definition}; already validated
	 * @param mayDefine whether the client has the {@code define} scope
	 */
	@Transactional
	public void mergeDefinitions(Collection<JsonNode> activities, boolean mayDefine) {
		Map<String, ObjectNode> incoming = incomingDefinitions(activities, mayDefine);
		if (incoming.isEmpty()) {
			return;
		}

		Map<String, ObjectNode> changed = changes(incoming, this.repository.findDefinitions(incoming.keySet()),
				mayDefine);
		if (!changed.isEmpty() && this.repository.readsCanRace()) {
			// Read the rows about to change again, locked, so that a concurrent merge
			// into
			// the same definition is merged into, not overwritten. Limitation: two
			// transactions that both see an Activity for the first time insert one after
			// the
			// other, and the later definition wins, because there is no row to lock yet.
			Map<String, ObjectNode> locked = this.repository.findDefinitionsForUpdate(changed.keySet());
			changed = changes(subset(incoming, changed.keySet()), locked, mayDefine);
		}

		this.repository.saveDefinitions(changed);
	}

	private static Map<String, ObjectNode> changes(Map<String, ObjectNode> incoming, Map<String, ObjectNode> known,
			boolean mayDefine) {
		Map<String, ObjectNode> changed = new LinkedHashMap<>();
		incoming.forEach((id, definition) -> {
			ObjectNode current = known.get(id);
			ObjectNode next = (current == null) ? definition : next(current, definition, mayDefine);
			if (current == null || !next.equals(current)) {
				changed.put(id, next);
			}
		});
		return changed;
	}

	private static Map<String, ObjectNode> subset(Map<String, ObjectNode> definitions, Collection<String> ids) {
		Map<String, ObjectNode> subset = new LinkedHashMap<>();
		ids.forEach((id) -> subset.put(id, definitions.get(id)));
		return subset;
	}

	/**
	 * The canonical Activity with its definition, if the LRS has seen the Activity.
	 * @param activityId the Activity id
	 * @return the definition ({@code {}} when none is known)
	 */
	public Optional<ObjectNode> findDefinition(String activityId) {
		return Optional.ofNullable(this.repository.findDefinitions(List.of(activityId)).get(activityId));
	}

	// Several Statements of one batch may carry the same Activity: they are applied in
	// order.
	private static Map<String, ObjectNode> incomingDefinitions(Collection<JsonNode> activities, boolean mayDefine) {
		Map<String, ObjectNode> incoming = new LinkedHashMap<>();
		for (JsonNode activity : activities) {
			JsonNode id = activity.get("id");
			if (id == null || !id.isString()) {
				continue;
			}
			ObjectNode definition = ActivityDefinitions.of(activity.get("definition"));
			ObjectNode earlier = incoming.get(id.stringValue());
			incoming.put(id.stringValue(), (earlier == null) ? definition : next(earlier, definition, mayDefine));
		}
		return incoming;
	}

	private static ObjectNode next(ObjectNode current, ObjectNode incoming, boolean mayDefine) {
		if (mayDefine) {
			return ActivityDefinitions.merge(current, incoming);
		}
		return current.isEmpty() ? incoming : current;
	}

}
