/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.cairnlrs.attachments.AttachmentPart;
import org.cairnlrs.attachments.MultipartStatements;
import tools.jackson.databind.JsonNode;
import org.cairnlrs.xapi.XapiException;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads the body of a Statement PUT or POST: checks its Content-Type, enforces the size
 * limit and parses the JSON (Communication 1.5). A {@code multipart/mixed} body
 * (Communication 1.5.2) brings the attachment parts along, spooled to temporary files
 * that closing the body deletes.
 *
 * @param statements the Statements in the order received
 * @param array whether the body was a JSON array (a batch) rather than one Statement
 * @param multipart the multipart body the Statements came in, or null for JSON
 */
record StatementBody(List<JsonNode> statements, boolean array, MultipartStatements multipart) implements AutoCloseable {

	private static final int CHUNK = 8192;

	/**
	 * Reads and parses the request body.
	 * @param request the PUT or POST request
	 * @param maxBytes the largest JSON body, or JSON part, accepted
	 * @param maxMultipartBytes the largest multipart/mixed body accepted
	 * @return the Statements of the body, not yet validated, with their attachment parts
	 * @throws XapiException 400 for a wrong Content-Type, a malformed body or malformed
	 * JSON, 413 for a body over the limit
	 */
	static StatementBody read(HttpServletRequest request, long maxBytes, long maxMultipartBytes) throws IOException {
		String contentType = request.getContentType();
		if (checkContentType(contentType)) {
			return readMultipart(request, contentType, maxBytes, maxMultipartBytes);
		}
		if (request.getContentLengthLong() > maxBytes) {
			throw tooLarge(maxBytes);
		}
		return parse(readLimited(request.getInputStream(), maxBytes), null);
	}

	/** The attachment parts by hash; none for a JSON body. */
	Map<String, AttachmentPart> parts() {
		return (this.multipart != null) ? this.multipart.parts() : Map.of();
	}

	@Override
	public void close() {
		if (this.multipart != null) {
			this.multipart.close();
		}
	}

	private static StatementBody readMultipart(HttpServletRequest request, String contentType, long maxBytes,
			long maxMultipartBytes) throws IOException {
		if (request.getContentLengthLong() > maxMultipartBytes) {
			throw XapiException.payloadTooLarge("The request body is larger than the " + maxMultipartBytes
					+ " bytes this LRS accepts for Statements with attachments");
		}
		MultipartStatements multipart = MultipartStatements.read(request.getInputStream(), contentType, maxBytes,
				maxMultipartBytes, Path.of(System.getProperty("java.io.tmpdir")));
		try {
			if (multipart.statements().length > maxBytes) {
				throw tooLarge(maxBytes);
			}
			return parse(multipart.statements(), multipart);
		}
		catch (RuntimeException ex) {
			multipart.close();
			throw ex;
		}
	}

	private static StatementBody parse(byte[] json, MultipartStatements multipart) {
		JsonNode tree = StatementJson.parseBody(json);
		if (!tree.isArray()) {
			return new StatementBody(List.of(tree), false, multipart);
		}
		List<JsonNode> statements = new ArrayList<>(tree.size());
		tree.forEach(statements::add);
		return new StatementBody(statements, true, multipart);
	}

	/**
	 * Spec: Communication 1.5: Statements travel as application/json (any letter case,
	 * with or without a charset, which must then be UTF-8, Communication 1.4), or as
	 * multipart/mixed with their attachment data (Communication 1.5.2).
	 * @param header the Content-Type header
	 * @return whether the body is multipart/mixed
	 * @throws XapiException 400 saying what is accepted
	 */
	static boolean checkContentType(String header) {
		if (header == null || header.isBlank()) {
			throw XapiException.badRequest("The Content-Type header is required; send Statements as application/json");
		}
		MediaType type;
		try {
			type = MediaType.parseMediaType(header);
		}
		catch (InvalidMediaTypeException ex) {
			throw XapiException.badRequest("The Content-Type header is not a valid media type");
		}

		if ("multipart".equalsIgnoreCase(type.getType()) && "mixed".equalsIgnoreCase(type.getSubtype())) {
			return true;
		}
		if (!"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
			throw XapiException.badRequest("The Content-Type must be application/json, or multipart/mixed for "
					+ "Statements with attachment data");
		}
		String charset = type.getParameter("charset");
		if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(unquote(charset))) {
			throw XapiException.badRequest("The Content-Type charset must be UTF-8 (Communication 1.4)");
		}
		return false;
	}

	private static String unquote(String value) {
		return (value.length() > 1 && value.startsWith("\"") && value.endsWith("\""))
				? value.substring(1, value.length() - 1) : value;
	}

	private static byte[] readLimited(InputStream in, long maxBytes) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		byte[] chunk = new byte[CHUNK];
		long total = 0;
		int read;
		while ((read = in.read(chunk)) != -1) {
			total += read;
			if (total > maxBytes) {
				throw tooLarge(maxBytes);
			}
			out.write(chunk, 0, read);
		}
		return out.toByteArray();
	}

	private static XapiException tooLarge(long maxBytes) {
		return XapiException.payloadTooLarge("The request body is larger than the " + maxBytes
				+ " bytes this LRS accepts for Statements; send smaller batches");
	}

}
