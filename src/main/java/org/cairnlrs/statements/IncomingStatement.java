/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.xapi.StatementIndex;
import org.cairnlrs.xapi.XapiVersion;

/**
 * A validated Statement on its way into storage, with the properties the LRS sets before
 * the write transaction ({@code id}, {@code authority}, {@code version}); {@code stored}
 * and a missing {@code timestamp} are set inside it.
 *
 * @param id the Statement id, lowercase
 * @param statement the Statement to store; the write transaction completes it
 * @param index what the query filters look at
 * @param activities the Activity objects, for the canonical definitions
 * @param agents the Agents and Groups, for the Agents resource
 * @param version the xAPI version of the request that sends it, whose rules decide
 * whether it is the same as a stored Statement with its id
 */
record IncomingStatement(String id, ObjectNode statement, StatementIndex index, List<JsonNode> activities,
		List<JsonNode> agents, XapiVersion version) {

	boolean voiding() {
		return this.index.voiding() && this.index.targetStatementId() != null;
	}

	/** The id of the Statement this one voids, or null. */
	String voidingTarget() {
		return voiding() ? this.index.targetStatementId() : null;
	}

	/** The id of the Statement the object StatementRef points to, or null. */
	String refTarget() {
		return this.index.targetStatementId();
	}

}
