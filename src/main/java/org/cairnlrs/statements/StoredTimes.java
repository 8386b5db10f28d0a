/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * How the LRS writes the times it sets: ISO 8601 in UTC with milliseconds, the precision
 * of the {@code stored} column (Data 4.5 asks for at least milliseconds).
 */
final class StoredTimes {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
		.withZone(ZoneOffset.UTC);

	private StoredTimes() {
	}

	static String format(long epochMillis) {
		return FORMAT.format(Instant.ofEpochMilli(epochMillis));
	}

	static String format(Instant instant) {
		return FORMAT.format(instant);
	}

}
