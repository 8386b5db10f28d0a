/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

/**
 * A GET of one Statement by {@code statementId}, or of a voided one by
 * {@code voidedStatementId} (Communication 2.1.3, 2.1.4).
 *
 * @param id the Statement id, lowercase
 * @param voided whether the voided Statement was asked for
 * @param format the format to answer in
 * @param attachments whether attachment data was asked for
 */
record StatementLookup(String id, boolean voided, StatementFormat format,
		boolean attachments) implements StatementRead {
}
