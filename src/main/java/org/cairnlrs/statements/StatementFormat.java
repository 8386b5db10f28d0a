/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.Arrays;
import java.util.Locale;

import org.cairnlrs.xapi.XapiException;

/**
 * The {@code format} parameter of GET /statements (Communication 2.1.3).
 */
enum StatementFormat {

	/** As received, with the properties the LRS set (the default). */
	EXACT,

	/** Only what identifies Agents, Groups, Activities and Verbs. */
	IDS,

	/** Language maps reduced to the one language the client prefers. */
	CANONICAL;

	static StatementFormat fromParameter(String value) {
		if (value == null) {
			return EXACT;
		}
		// Spec: Data 2.2: enumerated values are case sensitive, so "IDS" is refused.
		return Arrays.stream(values())
			.filter((format) -> format.name().toLowerCase(Locale.ROOT).equals(value))
			.findFirst()
			.orElseThrow(() -> XapiException.badRequest("format: must be ids, exact or canonical"));
	}

}
