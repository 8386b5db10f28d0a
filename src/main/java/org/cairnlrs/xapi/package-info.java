/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The xAPI Statement model shared by the resources and storage: Statements stay Jackson
 * trees exactly as received, and this package holds the rules about them. It validates
 * Statements and query parameters ({@link org.cairnlrs.xapi.StatementValidator},
 * {@link org.cairnlrs.xapi.Actors}, {@link org.cairnlrs.xapi.XapiFormats}), identifies
 * Agents ({@link org.cairnlrs.xapi.Ifi}), keeps indexed values within what every database
 * can store ({@link org.cairnlrs.xapi.IndexedValues}), extracts what the Statement
 * filters need ({@link org.cairnlrs.xapi.StatementIndexer}), compares a Statement sent
 * again with the stored one ({@link org.cairnlrs.xapi.StatementComparator}), produces the
 * {@code exact}, {@code ids} and {@code canonical} formats
 * ({@link org.cairnlrs.xapi.StatementFormatter}), and says how a Statement is stored and
 * read under each xAPI version ({@link org.cairnlrs.xapi.StatementVersions}).
 */
package org.cairnlrs.xapi;
