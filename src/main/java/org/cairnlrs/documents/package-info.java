/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Document Resources of xAPI (Communication 2.2, 2.3, 2.6, 2.7): State, Activity
 * Profile and Agent Profile documents, stored byte-exact with their Content-Type, merged
 * on POST when both sides are JSON objects, and written under ETag preconditions.
 */
package org.cairnlrs.documents;
