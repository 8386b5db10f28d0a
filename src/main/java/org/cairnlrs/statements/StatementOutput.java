/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.List;
import java.util.Locale;

import tools.jackson.databind.JsonNode;
import org.cairnlrs.xapi.StatementFormatter;
import org.cairnlrs.xapi.StatementVersions;
import org.cairnlrs.xapi.XapiVersion;

/**
 * Writes Statements in the format asked for (Communication 2.1.3 {@code format}), as a
 * client of the request's xAPI version reads them ({@link StatementVersions#forReader}).
 * The stored payload is mostly already what {@code exact} returns, so {@code exact}
 * copies it as it is, without parsing, unless the reader's version needs a change;
 * {@code ids} and {@code canonical} reduce a parsed copy.
 */
final class StatementOutput {

	private StatementOutput() {
	}

	static String statement(StoredRow row, StatementFormat format, List<Locale.LanguageRange> languages,
			XapiVersion reader) {
		if (format == StatementFormat.EXACT && !StatementVersions.mayDifferFor(row.payload(), reader)) {
			return row.payload();
		}
		JsonNode statement = StatementVersions.forReader(StatementJson.readStored(row.payload()), reader);
		return switch (format) {
			case EXACT -> StatementJson.write(statement);
			case IDS -> StatementJson.write(StatementFormatter.ids(statement));
			case CANONICAL -> {
				// Limitation: canonical format filters the languages of the definitions
				// the
				// Statement carries, not of the LRS's canonical definitions, because the
				// Activities resource offers no lookup of many Activities at once yet.
				yield StatementJson.write(StatementFormatter.canonical(statement, languages));
			}
		};
	}

	/**
	 * A StatementResult (Data 2.5): the Statements and the {@code more} link, which is
	 * always present and empty on the last page.
	 */
	static String result(List<StoredRow> rows, String more, StatementFormat format,
			List<Locale.LanguageRange> languages, XapiVersion reader) {
		StringBuilder json = new StringBuilder(rows.stream().mapToInt((row) -> row.payload().length() + 1).sum() + 64);
		json.append("{\"statements\":[");
		for (int i = 0; i < rows.size(); i++) {
			if (i > 0) {
				json.append(',');
			}
			json.append(statement(rows.get(i), format, languages, reader));
		}
		json.append("],\"more\":").append(StatementJson.quote(more)).append('}');
		return json.toString();
	}

}
