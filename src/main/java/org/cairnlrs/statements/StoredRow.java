/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

/**
 * A stored Statement as a query reads it.
 *
 * @param seq its place in the stored order
 * @param stored its {@code stored} time in epoch milliseconds
 * @param payload the Statement JSON
 */
record StoredRow(long seq, long stored, String payload) {
}
