/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The attachment hashes of stored Statements, for answers that carry attachment data.
 */
final class StatementAttachments {

	private StatementAttachments() {
	}

	/**
	 * The {@code sha2} of every attachment of these Statements and of the SubStatements
	 * in them, each once, in the order met.
	 * @param rows the stored Statements
	 * @return the hashes, lowercase
	 */
	static Set<String> hashes(List<StoredRow> rows) {
		Set<String> hashes = new LinkedHashSet<>();
		for (StoredRow row : rows) {
			// Most Statements have no attachments: only those naming a hash are parsed
			// again.
			if (!row.payload().contains("\"sha2\"")) {
				continue;
			}
			JsonNode statement = StatementJson.MAPPER.readTree(row.payload());
			collect(statement.path("attachments"), hashes);
			collect(statement.path("object").path("attachments"), hashes);
		}
		return hashes;
	}

	private static void collect(JsonNode attachments, Set<String> hashes) {
		for (JsonNode attachment : attachments) {
			String sha2 = attachment.path("sha2").asString("");
			if (!sha2.isEmpty()) {
				hashes.add(sha2.toLowerCase(Locale.ROOT));
			}
		}
	}

}
