/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * Statement attachments: reading and writing {@code multipart/mixed} bodies, checking
 * signed statements, and keeping attachment content once per hash.
 */
package org.cairnlrs.attachments;
