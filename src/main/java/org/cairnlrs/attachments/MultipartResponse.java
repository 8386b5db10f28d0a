/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

/**
 * Writes a statement answer with its attachments as {@code multipart/mixed}
 * (Communication 2.1.3, {@code attachments=true}): first the JSON, then one part per
 * attachment with the same headers a client sends.
 */
public final class MultipartResponse {

	private static final byte[] CRLF = { '\r', '\n' };

	private final String boundary = "cairn-" + UUID.randomUUID();

	/** The Content-Type of the answer, with its boundary. */
	public String contentType() {
		return "multipart/mixed; boundary=" + this.boundary;
	}

	/**
	 * Writes the whole answer.
	 * @param out the response body
	 * @param json the statement or statement result
	 * @param attachments the attachments of the statements in it, each once
	 * @param repository where their content is kept
	 * @throws IOException when the client has gone away
	 */
	public void write(OutputStream out, byte[] json, List<StoredAttachment> attachments,
			AttachmentRepository repository) throws IOException {
		head(out, "Content-Type: application/json");
		out.write(json);
		out.write(CRLF);
		for (StoredAttachment attachment : attachments) {
			head(out, "Content-Type: " + attachment.contentType(), "Content-Transfer-Encoding: binary",
					"X-Experience-API-Hash: " + attachment.sha2(), "Content-Length: " + attachment.length());
			repository.copy(attachment, out);
			out.write(CRLF);
		}
		ascii(out, "--" + this.boundary + "--");
		out.write(CRLF);
	}

	private void head(OutputStream out, String... headers) throws IOException {
		ascii(out, "--" + this.boundary);
		out.write(CRLF);
		for (String header : headers) {
			ascii(out, header);
			out.write(CRLF);
		}
		out.write(CRLF);
	}

	private static void ascii(OutputStream out, String text) throws IOException {
		out.write(text.getBytes(StandardCharsets.US_ASCII));
	}

}
