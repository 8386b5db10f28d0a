/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.exc.UnexpectedEndOfInputException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.cairnlrs.xapi.XapiException;

/**
 * The one JSON mapper of the Statement resource. It refuses a property repeated in one
 * object (undefined in 1.0.3 Data 2.2, rejected by 2.0 LRS 4.2.1) and reads decimal
 * numbers as {@code BigDecimal}, so that a stored Statement returns every number exactly
 * as it was sent (Data 2.2: at least IEEE 754 binary32 precision).
 */
final class StatementJson {

	static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private StatementJson() {
	}

	/**
	 * Parses a request body.
	 * @param body the bytes as received (UTF-8)
	 * @return the JSON tree
	 * @throws XapiException 400 saying what is wrong and where, without quoting the body
	 */
	static JsonNode parseBody(byte[] body) {
		if (body.length == 0) {
			throw XapiException.badRequest("The request body is empty; it must hold a Statement or an array of them");
		}
		JsonNode tree;
		try {
			tree = MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw XapiException.badRequest(describe(ex));
		}

		if (tree == null || tree.isMissingNode()) {
			throw XapiException.badRequest("The request body holds no JSON value");
		}
		return tree;
	}

	/** Reads a payload this LRS stored itself. */
	static JsonNode readStored(String payload) {
		return MAPPER.readTree(payload);
	}

	static String write(JsonNode node) {
		return MAPPER.writeValueAsString(node);
	}

	static String quote(String text) {
		return MAPPER.writeValueAsString(text);
	}

	// Jackson's own messages quote the offending token; this one names the problem, the
	// JSON path and the position only.
	private static String describe(JacksonException ex) {
		String problem;
		if (ex instanceof UnexpectedEndOfInputException) {
			problem = "ends before the JSON value is complete";
		}
		else if (ex instanceof StreamConstraintsException) {
			problem = "exceeds the size or nesting limits for JSON";
		}
		else if (isDuplicate(ex)) {
			problem = "repeats a property within one object";
		}
		else {
			problem = "is not valid JSON";
		}
		return "The request body " + problem + where(ex);
	}

	private static boolean isDuplicate(JacksonException ex) {
		String message = ex.getOriginalMessage();
		return message != null && message.startsWith("Duplicate ");
	}

	private static String where(JacksonException ex) {
		StringBuilder where = new StringBuilder();
		String path = path(ex);
		if (!path.isEmpty()) {
			where.append(" near ").append(path);
		}
		TokenStreamLocation location = ex.getLocation();
		if (location != null && location.getLineNr() > 0) {
			where.append(" (line ").append(location.getLineNr()).append(", column ").append(location.getColumnNr());
			where.append(")");
		}
		return where.toString();
	}

	private static String path(JacksonException ex) {
		if (!(ex instanceof StreamReadException read) || !(read.processor() instanceof JsonParser parser)) {
			return "";
		}
		try {
			return jsonPath(parser.streamReadContext().pathAsPointer());
		}
		catch (RuntimeException unavailable) {
			return "";
		}
	}

	/** {@code /0/actor/mbox} becomes {@code [0].actor.mbox}. */
	static String jsonPath(JsonPointer pointer) {
		StringBuilder path = new StringBuilder();
		for (JsonPointer segment = pointer; segment != null && !segment.matches(); segment = segment.tail()) {
			if (segment.mayMatchElement()) {
				path.append('[').append(segment.getMatchingIndex()).append(']');
			}
			else {
				if (!path.isEmpty()) {
					path.append('.');
				}
				String name = segment.getMatchingProperty();
				path.append((name.length() > 60) ? name.substring(0, 60) + "..." : name);
			}
		}
		return path.toString();
	}

}
