/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.List;

/**
 * One page of a Statement query.
 *
 * @param rows the Statements, in the order asked for
 * @param next where the next page starts, or null when this is the last page
 */
record StatementPage(List<StoredRow> rows, StatementCursor next) {
}
