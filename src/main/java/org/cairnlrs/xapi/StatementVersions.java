/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where a stored Statement depends on the xAPI version of the request that stores or
 * reads it. One database holds the Statements of 1.0.3 and 2.0 clients alike, each as it
 * was stored; what a client reads is the stored Statement seen through the rules of its
 * own version:
 * <ul>
 * <li>Stored under 2.0, timestamps are converted to UTC (2.0 LRS 4.2.7 "Timestamps");
 * under 1.0.3 they are kept as sent (1.0.3 Data 4.5 only recommends UTC).</li>
 * <li>A 2.0 reader gets every timestamp in UTC, also those of Statements stored under
 * 1.0.3, so that whatever it reads follows the 2.0 rules (1.0.3 Data 4.5 allows the LRS
 * to return a timestamp in another zone).</li>
 * <li>A 1.0.3 reader gets a valid 1.0.3 Statement: the 2.0 properties
 * {@code context.contextAgents} and {@code context.contextGroups} (also in a
 * SubStatement) are left out, a context left empty by that is left out too, and a
 * {@code version} of 2.0.x reads as {@code 1.0.0}, the version of the 1.0.x data model
 * (1.0.3 Data 2.4.10). A 1.0.3 client SHOULD ignore properties not defined in 1.0.0
 * (1.0.3 Communication 3.3), so it loses nothing it could have used, and a 1.0.3 LRS
 * importing from this one does not reject what it gets. docs/versions.md explains the
 * choice.</li>
 * </ul>
 * The stored Statement itself never changes.
 */
public final class StatementVersions {

	/**
	 * The properties a 2.0 context has and a 1.0.3 context does not (2.0 LRS 4.2.2.5).
	 */
	static final List<String> CONTEXT_PROPERTIES_2_0 = List.of("contextAgents", "contextGroups");

	/** The data model version a 1.0.3 reader gets for a 2.0 Statement (Data 2.4.10). */
	static final String VERSION_1_0 = "1.0.0";

	private static final Pattern PROPERTIES_2_0 = Pattern
		.compile("\"(?:contextAgents|contextGroups)\"\\s*:|\"version\"\\s*:\\s*\"2\\.");

	private static final Pattern TIMESTAMP = Pattern.compile("\"timestamp\"\\s*:\\s*\"([^\"]*)\"");

	private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private static final Pattern FRACTION = Pattern.compile(":\\d{2}[.,](\\d+)");

	private StatementVersions() {
	}

	/**
	 * Applies the storage rules of a version to a received, valid Statement.
	 * @param statement the Statement about to be stored, changed in place
	 * @param version the xAPI version of the request that stores it
	 */
	public static void prepareForStorage(ObjectNode statement, XapiVersion version) {
		if (version.isAtLeast2()) {
			timestampsToUtc(statement);
		}
	}

	/**
	 * The Statement as a client of a version reads it.
	 * @param stored a stored Statement
	 * @param reader the xAPI version of the request that reads it
	 * @return {@code stored} itself when nothing differs, else a changed copy
	 */
	public static JsonNode forReader(JsonNode stored, XapiVersion reader) {
		if (!(stored instanceof ObjectNode statement) || !differsFor(statement, reader)) {
			return stored;
		}
		ObjectNode copy = statement.deepCopy();
		if (reader.isAtLeast2()) {
			timestampsToUtc(copy);
		}
		else {
			to103(copy);
		}
		return copy;
	}

	/**
	 * A quick look at a stored Statement's JSON text: whether {@link #forReader} might
	 * change it for a reader of this version. False means it certainly does not, so the
	 * text can be sent as it is, without parsing it.
	 * @param payload the JSON text of a stored Statement
	 * @param reader the xAPI version of the request that reads it
	 * @return whether the Statement has to be parsed and passed through
	 * {@link #forReader}
	 */
	public static boolean mayDifferFor(String payload, XapiVersion reader) {
		if (!reader.isAtLeast2()) {
			return PROPERTIES_2_0.matcher(payload).find();
		}
		Matcher timestamps = TIMESTAMP.matcher(payload);
		while (timestamps.find()) {
			if (!isUtc(timestamps.group(1))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A timestamp in UTC: the same instant, written with {@code Z}, keeping the
	 * fractional digits that were sent and at least milliseconds (2.0 LRS 4.2.7).
	 * @param timestamp a valid xAPI timestamp
	 * @return the UTC form, or the value unchanged when it is already in UTC or cannot be
	 * written with a four-digit year
	 */
	public static String toUtc(String timestamp) {
		Optional<Instant> instant = XapiFormats.parseTimestamp(timestamp);
		if (isUtc(timestamp) || instant.isEmpty()) {
			return timestamp;
		}
		LocalDateTime utc = LocalDateTime.ofInstant(instant.get(), ZoneOffset.UTC);
		if (utc.getYear() < 0 || utc.getYear() > 9999) {
			return timestamp;
		}

		Matcher fraction = FRACTION.matcher(timestamp);
		int digits = fraction.find() ? Math.min(9, fraction.group(1).length()) : 0;
		String nanos = String.format("%09d", utc.getNano()).substring(0, Math.max(3, digits));
		return SECONDS.format(utc) + "." + nanos + "Z";
	}

	private static boolean isUtc(String timestamp) {
		return timestamp.endsWith("Z");
	}

	private static boolean differsFor(ObjectNode statement, XapiVersion reader) {
		if (reader.isAtLeast2()) {
			return hasNonUtcTimestamp(statement) || hasNonUtcTimestamp(subStatement(statement));
		}
		return isVersion2(statement.get("version")) || has2_0Context(statement)
				|| has2_0Context(subStatement(statement));
	}

	private static void to103(ObjectNode statement) {
		remove2_0Context(statement);
		remove2_0Context(subStatement(statement));
		if (isVersion2(statement.get("version"))) {
			statement.put("version", VERSION_1_0);
		}
	}

	private static void timestampsToUtc(ObjectNode statement) {
		timestampToUtc(statement);
		timestampToUtc(subStatement(statement));
	}

	private static void timestampToUtc(ObjectNode statement) {
		JsonNode timestamp = (statement != null) ? statement.get("timestamp") : null;
		if (timestamp != null && timestamp.isString()) {
			statement.put("timestamp", toUtc(timestamp.stringValue()));
		}
	}

	private static boolean hasNonUtcTimestamp(ObjectNode statement) {
		JsonNode timestamp = (statement != null) ? statement.get("timestamp") : null;
		return timestamp != null && timestamp.isString() && !isUtc(timestamp.stringValue());
	}

	private static boolean isVersion2(JsonNode version) {
		return version != null && version.isString() && version.stringValue().startsWith("2.");
	}

	private static boolean has2_0Context(ObjectNode statement) {
		JsonNode context = (statement != null) ? statement.get("context") : null;
		return context != null && CONTEXT_PROPERTIES_2_0.stream().anyMatch(context::has);
	}

	private static void remove2_0Context(ObjectNode statement) {
		if (statement == null || !(statement.get("context") instanceof ObjectNode context)) {
			return;
		}
		boolean had = CONTEXT_PROPERTIES_2_0.stream().anyMatch(context::has);
		context.remove(CONTEXT_PROPERTIES_2_0);
		if (had && context.isEmpty()) {
			statement.remove("context");
		}
	}

	private static ObjectNode subStatement(ObjectNode statement) {
		JsonNode object = statement.get("object");
		boolean isSubStatement = object instanceof ObjectNode
				&& "SubStatement".equals(object.path("objectType").asString(""));
		return isSubStatement ? (ObjectNode) object : null;
	}

}
