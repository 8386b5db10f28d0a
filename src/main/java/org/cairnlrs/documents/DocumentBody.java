/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.http.HttpServletRequest;

import org.cairnlrs.xapi.XapiException;

/**
 * The document a PUT or POST carries: its bytes exactly as sent, and its Content-Type.
 *
 * @param content the bytes
 * @param contentType the Content-Type header as sent, {@code application/octet-stream}
 * when there was none
 */
record DocumentBody(byte[] content, String contentType) {

	static final String DEFAULT_CONTENT_TYPE = "application/octet-stream";

	private static final int CHUNK = 16 * 1024;

	/**
	 * Reads the request body, never holding more than {@code maxSize} bytes: a declared
	 * length above the limit is refused before reading, and reading stops as soon as the
	 * body passes it.
	 * @param request the request
	 * @param maxSize the largest document accepted, in bytes
	 * @return the document
	 * @throws XapiException 413 when the body is larger than {@code maxSize}, 400 when it
	 * cannot be read
	 */
	static DocumentBody read(HttpServletRequest request, long maxSize) {
		if (request.getContentLengthLong() > maxSize) {
			throw tooLarge(maxSize);
		}

		ByteArrayOutputStream content = new ByteArrayOutputStream(
				(int) Math.min(Math.max(request.getContentLengthLong(), 0), maxSize));
		try (InputStream in = request.getInputStream()) {
			byte[] buffer = new byte[CHUNK];
			long total = 0;
			for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
				total += read;
				if (total > maxSize) {
					throw tooLarge(maxSize);
				}
				content.write(buffer, 0, read);
			}
		}
		catch (IOException ex) {
			throw XapiException.badRequest("The request body could not be read completely");
		}

		String contentType = request.getContentType();
		boolean typed = contentType != null && !contentType.isBlank();
		return new DocumentBody(content.toByteArray(), typed ? contentType.trim() : DEFAULT_CONTENT_TYPE);
	}

	boolean isJson() {
		return JsonDocuments.isJson(this.contentType);
	}

	private static XapiException tooLarge(long maxSize) {
		return XapiException.payloadTooLarge("The document is larger than this LRS accepts (" + maxSize + " bytes)");
	}

}
