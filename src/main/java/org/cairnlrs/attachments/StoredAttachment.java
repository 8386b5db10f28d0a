/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

/**
 * Attachment content the LRS keeps, once per hash.
 *
 * @param sha2 the hash, lowercase hex
 * @param contentType the content type it was first sent with
 * @param length its size in bytes
 * @param chunks how many chunks hold it
 */
public record StoredAttachment(String sha2, String contentType, long length, int chunks) {
}
