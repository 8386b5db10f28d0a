/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.Locale;
import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * JSON documents and their merge (Communication 2.2 "JSON Procedure with Requirements").
 */
final class JsonDocuments {

	static final String JSON = "application/json";

	// Numbers keep their exact value through a merge; text after the object is an error.
	private static final JsonMapper MAPPER = JsonMapper.builder()
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		.build();

	private JsonDocuments() {
	}

	/**
	 * Whether a Content-Type is {@code application/json}, whatever its parameters (such
	 * as a charset) and letter case.
	 */
	static boolean isJson(String contentType) {
		if (contentType == null) {
			return false;
		}
		int semicolon = contentType.indexOf(';');
		String type = (semicolon < 0) ? contentType : contentType.substring(0, semicolon);
		return type.trim().toLowerCase(Locale.ROOT).equals(JSON);
	}

	/** The content as a JSON object, empty when it is not valid JSON or not an object. */
	static Optional<ObjectNode> parseObject(byte[] content) {
		try {
			JsonNode node = MAPPER.readTree(content);
			return (node != null && node.isObject()) ? Optional.of((ObjectNode) node) : Optional.empty();
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The merge of a posted object into a stored one: each top-level property of the
	 * posted object replaces the stored one, whole; other stored properties stay.
	 * @return the merged document, serialized as UTF-8 JSON
	 */
	static byte[] merge(ObjectNode stored, ObjectNode posted) {
		ObjectNode merged = stored.deepCopy();
		merged.setAll(posted);
		return MAPPER.writeValueAsBytes(merged);
	}

}
