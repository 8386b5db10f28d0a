/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The database behind the LRS: which vendor, how to connect, and which migrations to run.
 */
package org.cairnlrs.database;
