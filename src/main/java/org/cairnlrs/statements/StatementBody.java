/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import org.cairnlrs.xapi.XapiException;

import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/**
 * Reads the body of a Statement PUT or POST: checks its Content-Type, enforces the size
 * limit and parses the JSON (Communication 1.5).
 *
 * @param statements the Statements in the order received
 * @param array whether the body was a JSON array (a batch) rather than one Statement
 */
record StatementBody(List<JsonNode> statements, boolean array) {

	private static final int CHUNK = 8192;

	/**
	 * Reads and parses the request body.
	 * @param request the PUT or POST request
	 * @param maxBytes the largest body accepted
	 * @return the Statements of the body, not yet validated
	 * @throws XapiException 400 for a wrong Content-Type or malformed JSON, 413 for a
	 * body over the limit
	 */
	static StatementBody read(HttpServletRequest request, long maxBytes) throws IOException {
		checkContentType(request.getContentType());
		if (request.getContentLengthLong() > maxBytes) {
			throw tooLarge(maxBytes);
		}

		JsonNode tree = StatementJson.parseBody(readLimited(request.getInputStream(), maxBytes));
		if (!tree.isArray()) {
			return new StatementBody(List.of(tree), false);
		}
		List<JsonNode> statements = new ArrayList<>(tree.size());
		tree.forEach(statements::add);
		return new StatementBody(statements, true);
	}

	/**
	 * Spec: Communication 1.5: Statements travel as application/json (any letter case,
	 * with or without a charset, which must then be UTF-8, Communication 1.4).
	 * @param header the Content-Type header
	 * @throws XapiException 400 saying what is accepted
	 */
	static void checkContentType(String header) {
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

		if (type.isCompatibleWith(MediaType.MULTIPART_MIXED) && !type.isWildcardType()) {
			// Limitation: Statements with attachment data (multipart/mixed) are not
			// accepted because the attachment store is not built yet.
			throw XapiException.badRequest("Content-Type multipart/mixed (Statements with attachment data) is not "
					+ "supported by this LRS yet; send application/json, with a fileUrl for each attachment");
		}
		if (!"application".equalsIgnoreCase(type.getType()) || !"json".equalsIgnoreCase(type.getSubtype())) {
			throw XapiException.badRequest("The Content-Type must be application/json for Statements");
		}
		String charset = type.getParameter("charset");
		if (charset != null && !StandardCharsets.UTF_8.name().equalsIgnoreCase(unquote(charset))) {
			throw XapiException.badRequest("The Content-Type charset must be UTF-8 (Communication 1.4)");
		}
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
