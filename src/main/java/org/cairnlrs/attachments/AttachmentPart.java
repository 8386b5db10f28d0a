/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content of one attachment part of a request, spooled to a temporary file whose hash
 * was checked against the part's {@code X-Experience-API-Hash}.
 *
 * @param sha2 the hash, lowercase hex
 * @param contentType the part's Content-Type, or {@code null} when it had none
 * @param length the number of bytes
 * @param file where the bytes are until the request ends
 */
public record AttachmentPart(String sha2, String contentType, long length, Path file) {

	/**
	 * Reads the whole content; only for small parts such as signatures.
	 * @return the bytes
	 */
	public byte[] bytes() {
		try {
			return Files.readAllBytes(this.file);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
