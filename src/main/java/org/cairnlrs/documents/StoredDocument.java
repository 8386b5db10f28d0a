/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.time.Instant;

/**
 * A document as the LRS keeps it.
 *
 * @param content the bytes exactly as received (or as merged)
 * @param contentType the Content-Type it was sent with
 * @param etag the hex SHA-1 of the content, unquoted
 * @param updated when it was last written
 */
record StoredDocument(byte[] content, String contentType, String etag, Instant updated) {
}
