/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * API clients: the credentials that learning tools use to reach the xAPI endpoint, and
 * what each may do.
 */
package org.cairnlrs.clients;
