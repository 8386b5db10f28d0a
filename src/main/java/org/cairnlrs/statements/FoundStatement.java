/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

/**
 * A Statement looked up by id.
 *
 * @param row the Statement
 * @param voided whether a voiding Statement targets it
 * @param clientId the client that stored it
 */
record FoundStatement(StoredRow row, boolean voided, long clientId) {
}
