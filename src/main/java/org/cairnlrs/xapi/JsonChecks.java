/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;

/**
 * Small checks shared by the validators. Each one either returns or throws a 400 whose
 * message starts with the JSON path of the offending property, then says what is wrong
 * without quoting the value (Data 2.2 "LRS Requirements").
 */
final class JsonChecks {

	private static final int MAX_KEY_IN_MESSAGE = 60;

	private JsonChecks() {
	}

	static String child(String path, String key) {
		return path.isEmpty() ? key : path + "." + key;
	}

	static String index(String path, int index) {
		return path + "[" + index + "]";
	}

	static XapiException invalid(String path, String problem) {
		return XapiException.badRequest((path.isEmpty() ? "statement" : path) + ": " + problem);
	}

	/**
	 * A property name for an error message, shortened so that a client cannot make the
	 * LRS echo a large part of its request.
	 */
	static String quoteKey(String key) {
		return "\"" + shortened(key) + "\"";
	}

	static String shortened(String key) {
		return (key.length() > MAX_KEY_IN_MESSAGE) ? key.substring(0, MAX_KEY_IN_MESSAGE) + "..." : key;
	}

	static String describe(JsonNode node) {
		if (node == null || node.isMissingNode()) {
			return "missing";
		}
		return switch (node.getNodeType()) {
			case NULL -> "null";
			case BOOLEAN -> "a boolean";
			case NUMBER -> "a number";
			case STRING -> "a string";
			case ARRAY -> "an array";
			case OBJECT -> "an object";
			default -> "an unsupported value";
		};
	}

	static JsonNode object(JsonNode node, String path) {
		if (node == null || !node.isObject()) {
			throw invalid(path, "must be a JSON object, not " + describe(node));
		}
		return node;
	}

	static JsonNode array(JsonNode node, String path) {
		if (node == null || !node.isArray()) {
			throw invalid(path, "must be a JSON array, not " + describe(node));
		}
		return node;
	}

	/**
	 * Rejects properties the specification does not define for this object (Data 2.2: the
	 * LRS SHOULD* reject them; 2.0 LRS 4.2.1 makes it a shall). Keys are case sensitive,
	 * so {@code "Actor"} is rejected too.
	 */
	static void onlyProperties(JsonNode object, String path, Set<String> allowed, String what) {
		for (String key : object.propertyNames()) {
			if (!allowed.contains(key)) {
				throw invalid(child(path, shortened(key)), "is not a property of " + what + " (allowed: "
						+ String.join(", ", allowed.stream().sorted().toList()) + ")");
			}
		}
	}

	/**
	 * Runs a check on a property when it is present.
	 */
	static void optional(JsonNode object, String key, String path, BiConsumer<JsonNode, String> check) {
		JsonNode value = object.get(key);
		if (value != null) {
			check.accept(value, child(path, key));
		}
	}

	static JsonNode required(JsonNode object, String key, String path) {
		JsonNode value = object.get(key);
		if (value == null) {
			throw invalid(child(path, key), "is required");
		}
		return value;
	}

	static String string(JsonNode node, String path) {
		if (node == null || !node.isString()) {
			throw invalid(path, "must be a string, not " + describe(node));
		}
		return node.stringValue();
	}

	static String formatted(JsonNode node, String path, Predicate<String> format, String expected) {
		String value = string(node, path);
		if (!format.test(value)) {
			throw invalid(path, "must be " + expected);
		}
		return value;
	}

	static void iri(JsonNode node, String path) {
		formatted(node, path, XapiFormats::isIri, "an absolute IRI with a scheme");
	}

	static void irl(JsonNode node, String path) {
		formatted(node, path, XapiFormats::isIrl, "an absolute IRL with a scheme");
	}

	static void uuid(JsonNode node, String path) {
		formatted(node, path, XapiFormats::isUuid, "a UUID in 8-4-4-4-12 hexadecimal form");
	}

	static void timestamp(JsonNode node, String path) {
		formatted(node, path, XapiFormats::isTimestamp, "an ISO 8601 timestamp, such as 2024-05-01T12:00:00.000Z");
	}

	static void bool(JsonNode node, String path) {
		if (node == null || !node.isBoolean()) {
			throw invalid(path, "must be true or false, not " + describe(node));
		}
	}

	/**
	 * A JSON number. A number too large for a double (such as {@code 1e400}) is rejected,
	 * since it cannot be processed with the precision Data 2.2 requires.
	 */
	static void number(JsonNode node, String path) {
		if (node == null || !node.isNumber()) {
			throw invalid(path, "must be a number, not " + describe(node));
		}
		if (!isFinite(node)) {
			throw invalid(path, "must be a finite number");
		}
	}

	static boolean isFinite(JsonNode number) {
		return !(number.isDouble() || number.isFloat()) || Double.isFinite(number.doubleValue());
	}

	/**
	 * A language map: keys are RFC 5646 tags and values are strings (Data 4.2).
	 */
	static void languageMap(JsonNode node, String path) {
		object(node, path);
		for (Map.Entry<String, JsonNode> entry : node.properties()) {
			if (!XapiFormats.isLanguageTag(entry.getKey())) {
				throw invalid(path, "key " + quoteKey(entry.getKey()) + " is not an RFC 5646 language tag");
			}
			string(entry.getValue(), path + "[" + quoteKey(entry.getKey()) + "]");
		}
	}

	/**
	 * An extensions map: keys are IRIs, values are any JSON including null (Data 4.1).
	 */
	static void extensions(JsonNode node, String path) {
		object(node, path);
		for (String key : node.propertyNames()) {
			if (!XapiFormats.isIri(key)) {
				throw invalid(path, "key " + quoteKey(key) + " is not an IRI (extension keys must be IRIs)");
			}
		}
	}

}
