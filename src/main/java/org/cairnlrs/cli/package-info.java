/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Console commands, run as {@code ./cairn <command>} against the same database and
 * configuration as the server.
 */
package org.cairnlrs.cli;
