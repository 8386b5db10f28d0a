/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;

/**
 * A Statement query: the filters of GET /statements (Communication 2.1.3), validated.
 *
 * @param agentKey the IFI key of the {@code agent} parameter, or null
 * @param relatedAgents {@code related_agents}
 * @param verb the {@code verb} IRI, or null
 * @param activity the {@code activity} IRI, or null
 * @param relatedActivities {@code related_activities}
 * @param registration the {@code registration} UUID in lowercase, or null
 * @param since the {@code since} time (exclusive), or null
 * @param until the {@code until} time (inclusive), or null
 * @param limit the number of Statements to answer at most, already capped to the server's
 * maximum
 * @param ascending whether the oldest come first
 * @param format the format to answer in
 * @param attachments whether attachment data was asked for
 * @param cursor where to continue, when this is a {@code more} link, or null
 * @param filters the filter parameters in a canonical form, which a cursor is bound to
 */
record StatementQuery(String agentKey, boolean relatedAgents, String verb, String activity, boolean relatedActivities,
		String registration, Instant since, Instant until, int limit, boolean ascending, StatementFormat format,
		boolean attachments, StatementCursor cursor, String filters) implements StatementRead {

	/**
	 * Whether a filter other than time is given; only then can a Statement match through
	 * its StatementRef target (Communication 2.1.3).
	 * @return true when agent, verb, activity or registration is given
	 */
	boolean matchesContent() {
		return this.agentKey != null || this.verb != null || this.activity != null || this.registration != null;
	}

}
