/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.Map;

import tools.jackson.databind.JsonNode;

import static org.cairnlrs.xapi.JsonChecks.child;
import static org.cairnlrs.xapi.JsonChecks.index;
import static org.cairnlrs.xapi.JsonChecks.invalid;
import static org.cairnlrs.xapi.JsonChecks.shortened;

/**
 * The one rule for what the LRS can store and index, the same on every database, checked
 * before anything is written:
 * <ul>
 * <li>every value the LRS indexes (the verb id, Activity ids in any position, the IFI key
 * of every Agent and Identified Group, see {@link Ifi#key()}, and the document parameters
 * {@code activityId}, {@code agent}, {@code stateId} and {@code profileId}) has at most
 * {@value #MAX_BYTES} bytes of UTF-8 and contains no U+0000;</li>
 * <li>the values that together form a document's key (Communication 2.3, 2.6, 2.7) have
 * at most {@value #MAX_BYTES} bytes of UTF-8 together;</li>
 * <li>no string, property name or parameter contains an unpaired UTF-16 surrogate, which
 * has no UTF-8 form and could only be stored altered.</li>
 * </ul>
 * The limit keeps the largest key, a State document's four columns, within PostgreSQL's
 * 2704 bytes per btree index entry with room for the entry's own overhead, and every
 * single value within MariaDB's 3000-byte key columns; PostgreSQL's text cannot hold
 * U+0000 at all. The specification leaves such limits to the LRS: an IRI or a document id
 * of several kilobytes is valid xAPI, and a 400 that names the limit is the answer.
 */
public final class IndexedValues {

	/** The most UTF-8 bytes of one indexed value, and of a document's key as a whole. */
	public static final int MAX_BYTES = 2000;

	private IndexedValues() {
	}

	/**
	 * Checks one value the LRS indexes.
	 * @param value the value
	 * @param name the property path or parameter, for the message
	 * @throws XapiException 400 naming it when it is too long, contains U+0000 or an
	 * unpaired surrogate
	 */
	public static void check(String value, String name) {
		checkText(value, name);
		if (value.indexOf('\u0000') >= 0) {
			throw XapiException.badRequest(name + ": must not contain the character U+0000");
		}
		if (utf8Length(value) > MAX_BYTES) {
			throw XapiException
				.badRequest(name + ": is longer than this LRS can index, " + MAX_BYTES + " bytes of UTF-8");
		}
	}

	/**
	 * Checks that a string can be stored as UTF-8 at all.
	 * @param value the value
	 * @param name the property path or parameter, for the message
	 * @throws XapiException 400 naming it when it contains an unpaired UTF-16 surrogate
	 */
	public static void checkText(String value, String name) {
		if (hasLoneSurrogate(value)) {
			throw XapiException.badRequest(name + ": contains an unpaired UTF-16 surrogate, which is not a "
					+ "character and cannot be stored");
		}
	}

	/**
	 * Checks a document's key as a whole, after each part passed {@link #check}.
	 * @param parts the key's values
	 * @param names the parameters that make the key, for the message
	 * @throws XapiException 400 when the parts together are over the limit
	 */
	public static void checkKey(Iterable<String> parts, String names) {
		int total = 0;
		for (String part : parts) {
			total += utf8Length(part);
		}
		if (total > MAX_BYTES) {
			throw XapiException
				.badRequest(names + ": together are longer than this LRS can index, " + MAX_BYTES + " bytes of UTF-8");
		}
	}

	/**
	 * Whether a value not needed to accept a Statement, such as an Agent's name kept for
	 * the Agents resource, can be indexed together with a key.
	 * @param key the key the value is indexed with
	 * @param value the value
	 * @return whether both fit the limit together and the value has no U+0000 or unpaired
	 * surrogate
	 */
	public static boolean fitsWith(String key, String value) {
		return value.indexOf('\u0000') < 0 && !hasLoneSurrogate(value)
				&& utf8Length(key) + utf8Length(value) <= MAX_BYTES;
	}

	/**
	 * Checks a Statement as received: every string and property name for unpaired
	 * surrogates, and the values it will be indexed by against the limit. Extensions and
	 * Activity definitions are stored but not indexed, so only their text is checked.
	 * @param statement the Statement, of any shape; what is not an object is left to
	 * {@link StatementValidator}
	 * @throws XapiException 400 naming the path of the first value at fault
	 */
	public static void checkStatement(JsonNode statement) {
		walk(statement, "", true);
	}

	private static void walk(JsonNode node, String path, boolean indexed) {
		if (node.isObject()) {
			if (indexed) {
				Ifi.of(node).ifPresent((ifi) -> check(ifi.key(), child(path, ifi.kind())));
			}
			for (Map.Entry<String, JsonNode> property : node.properties()) {
				String name = property.getKey();
				if (hasLoneSurrogate(name)) {
					throw invalid(path, "a property name contains an unpaired UTF-16 surrogate, which is not a "
							+ "character and cannot be stored");
				}
				String at = child(path, shortened(name));
				JsonNode value = property.getValue();
				// The LRS replaces the authority (Data 2.4.9) and does not index
				// extensions
				// or definitions.
				boolean indexedBelow = indexed && !name.equals("extensions") && !name.equals("definition")
						&& !(path.isEmpty() && name.equals("authority"));
				if (value.isString()) {
					if (indexed && name.equals("id")) {
						check(value.stringValue(), at);
					}
					else {
						checkText(value.stringValue(), at);
					}
				}
				else {
					walk(value, at, indexedBelow);
				}
			}
		}
		else if (node.isArray()) {
			for (int i = 0; i < node.size(); i++) {
				JsonNode element = node.get(i);
				if (element.isString()) {
					checkText(element.stringValue(), index(path, i));
				}
				else {
					walk(element, index(path, i), indexed);
				}
			}
		}
		else if (node.isString()) {
			checkText(node.stringValue(), path.isEmpty() ? "statement" : path);
		}
	}

	/**
	 * The length of a string in UTF-8, counting an unpaired surrogate as three bytes.
	 * @param value the string
	 * @return its length in bytes
	 */
	public static int utf8Length(String value) {
		int length = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x80) {
				length += 1;
			}
			else if (c < 0x800) {
				length += 2;
			}
			else if (Character.isHighSurrogate(c) && i + 1 < value.length()
					&& Character.isLowSurrogate(value.charAt(i + 1))) {
				length += 4;
				i++;
			}
			else {
				length += 3;
			}
		}
		return length;
	}

	private static boolean hasLoneSurrogate(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (Character.isHighSurrogate(c)) {
				if (i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
					i++;
				}
				else {
					return true;
				}
			}
			else if (Character.isLowSurrogate(c)) {
				return true;
			}
		}
		return false;
	}

}
