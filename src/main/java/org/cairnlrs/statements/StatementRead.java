/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

/**
 * What a GET of the Statement resource asks for: one Statement by id, or a query
 * (Communication 2.1.3).
 */
sealed interface StatementRead permits StatementLookup, StatementQuery {

	StatementFormat format();

	boolean attachments();

}
