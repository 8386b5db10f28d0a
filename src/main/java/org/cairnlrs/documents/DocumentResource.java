/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.List;

import org.cairnlrs.clients.Scope;

/**
 * The three Document Resources (Communication 2.2): where each keeps its documents and
 * what identifies one.
 */
enum DocumentResource {

	/** {@code activities/state} (Communication 2.3). */
	STATE("State", "state_document", List.of("activity_id", "agent_key", "registration"), "state_id", "stateId",
			Scope.STATE),

	/** {@code activities/profile} (Communication 2.7). */
	ACTIVITY_PROFILE("Activity Profile", "activity_profile_document", List.of("activity_id"), "profile_id", "profileId",
			Scope.PROFILE),

	/** {@code agents/profile} (Communication 2.6). */
	AGENT_PROFILE("Agent Profile", "agent_profile_document", List.of("agent_key"), "profile_id", "profileId",
			Scope.PROFILE);

	private final String title;

	private final String table;

	private final List<String> contextColumns;

	private final String idColumn;

	private final String idParameter;

	private final Scope scope;

	DocumentResource(String title, String table, List<String> contextColumns, String idColumn, String idParameter,
			Scope scope) {
		this.title = title;
		this.table = table;
		this.contextColumns = contextColumns;
		this.idColumn = idColumn;
		this.idParameter = idParameter;
		this.scope = scope;
	}

	/** The resource's name in messages, such as "Agent Profile". */
	String title() {
		return this.title;
	}

	String table() {
		return this.table;
	}

	/**
	 * The columns that, with the id, make a document's key, in the order of
	 * {@link DocumentKey#context()}.
	 */
	List<String> contextColumns() {
		return this.contextColumns;
	}

	String idColumn() {
		return this.idColumn;
	}

	/** The query parameter naming one document: {@code stateId} or {@code profileId}. */
	String idParameter() {
		return this.idParameter;
	}

	/** The scope that grants reading and writing these documents. */
	Scope scope() {
		return this.scope;
	}

	/** Whether a DELETE without a document id removes a set of documents (State only). */
	boolean deletesSets() {
		return this == STATE;
	}

}
