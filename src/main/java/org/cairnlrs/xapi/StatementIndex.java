/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.List;

/**
 * What storage needs to answer the filters of GET /statements (Communication 2.1.3) for
 * one Statement, extracted by {@link StatementIndexer}.
 *
 * @param verbId the verb id
 * @param registration {@code context.registration} in lowercase, or null
 * @param targetStatementId the lowercase id of the Statement the object refers to when
 * the object is a StatementRef, or null. The filters also match a Statement through its
 * target ("Filter Conditions for StatementRefs"); {@code context.statement} does not
 * count
 * @param voiding whether this Statement voids its target (verb
 * {@code http://adlnet.gov/expapi/verbs/voided}, Data 2.3.2)
 * @param actors the Agents and Identified Groups, each once, without duplicates
 * @param activities the Activity ids, each once, without duplicates
 * @param definitions the Activity definitions the Statement carries, the first one per
 * Activity id
 */
public record StatementIndex(String verbId, String registration, String targetStatementId, boolean voiding,
		List<ActorRef> actors, List<ActivityRef> activities, List<ActivityDefinition> definitions) {

	public StatementIndex {
		actors = List.copyOf(actors);
		activities = List.copyOf(activities);
		definitions = List.copyOf(definitions);
	}

}
