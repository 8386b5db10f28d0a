/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Statements resource (xAPI 1.0.3 Communication 2.1, Data 2 and 4): storing, voiding
 * and querying Statements, and the storage behind it (docs/storage.md).
 */
package org.cairnlrs.statements;
