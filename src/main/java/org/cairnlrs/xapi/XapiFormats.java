/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The formatted string types of xAPI (Data 4.1 to 4.6): UUIDs, IRIs and IRLs, language
 * tags, mailto IRIs, SHA hashes, media types, ISO 8601 timestamps and durations.
 * Statement validation uses them, and so do the resources that validate query parameters
 * "to the same standards" as the same types in Statements (Data 2.2).
 */
public final class XapiFormats {

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern SHA1 = Pattern.compile("[0-9a-fA-F]{40}");

	private static final Pattern HEX = Pattern.compile("[0-9a-fA-F]+");

	private static final Pattern MEDIA_TYPE = Pattern
		.compile("[!#$%&'*+.^_`|~0-9A-Za-z-]+/[!#$%&'*+.^_`|~0-9A-Za-z-]+(\\s*;.*)?", Pattern.DOTALL);

	// ISO 8601:2004 4.4.3.2: PnYnMnDTnHnMnS or PnW, never mixed, never empty.
	private static final Pattern DURATION = Pattern.compile("P(?:\\d+(?:[.,]\\d+)?W|(?=\\d|T\\d)"
			+ "(?:\\d+(?:[.,]\\d+)?Y)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?D)?"
			+ "(?:T(?=\\d)(?:\\d+(?:[.,]\\d+)?H)?(?:\\d+(?:[.,]\\d+)?M)?(?:\\d+(?:[.,]\\d+)?S)?)?)");

	// ISO 8601 extended combined date and time, the RFC 3339 profile and its near
	// relatives.
	private static final Pattern TIMESTAMP = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})[Tt](\\d{2}):(\\d{2})"
			+ "(?::(\\d{2})(?:[.,](\\d{1,9})\\d*)?)?(?:([Zz])|([+-])(\\d{2})(?::?(\\d{2}))?)?");

	private XapiFormats() {
	}

	/**
	 * Whether a value is a UUID in the standard 8-4-4-4-12 hexadecimal string form (Data
	 * 4.4). Any variant and version is accepted (variant 2 is only recommended), and hex
	 * digits may be in either case (RFC 4122 3: case insensitive on input).
	 * @param value the string to check
	 * @return true when it is a UUID
	 */
	public static boolean isUuid(String value) {
		return value != null && UUID.matcher(value).matches();
	}

	/**
	 * The form used to store and compare UUIDs: lowercase, since UUIDs are case
	 * insensitive.
	 * @param uuid a valid UUID
	 * @return the lowercase UUID
	 */
	public static String normalizeUuid(String uuid) {
		return uuid.toLowerCase(Locale.ROOT);
	}

	/**
	 * Whether a value is an absolute IRI: a scheme followed by RFC 3987 characters (Data
	 * 2.2 rejects IRIs without a scheme).
	 * @param value the string to check
	 * @return true when it is an IRI
	 */
	public static boolean isIri(String value) {
		return Iris.isAbsoluteIri(value);
	}

	/**
	 * Whether a value is an IRL. An IRL is an IRI meant to be resolvable; resolvability
	 * is not checked (best-effort validation, Data 2.2).
	 * @param value the string to check
	 * @return true when it is an IRL
	 */
	public static boolean isIrl(String value) {
		return Iris.isAbsoluteIri(value);
	}

	/**
	 * Whether a value is a well-formed RFC 5646 language tag.
	 * @param value the string to check
	 * @return true when it is a language tag
	 */
	public static boolean isLanguageTag(String value) {
		return LanguageTags.isWellFormed(value);
	}

	/**
	 * Whether a value is a mailto IRI of one email address, {@code mailto:name@domain}
	 * (Data 2.4.2.3).
	 * @param value the string to check
	 * @return true when it is a mailto IRI
	 */
	public static boolean isMailtoIri(String value) {
		if (value == null || !value.startsWith("mailto:") || !isIri(value)) {
			return false;
		}
		String address = value.substring("mailto:".length());
		int at = address.lastIndexOf('@');
		if (at < 1 || at == address.length() - 1) {
			return false;
		}
		String domain = address.substring(at + 1);
		return !domain.startsWith(".") && !domain.endsWith(".")
				&& domain.chars().noneMatch((c) -> "@/?#:[]".indexOf(c) >= 0)
				&& address.substring(0, at).chars().noneMatch((c) -> "?#/".indexOf(c) >= 0);
	}

	/**
	 * Whether a value is a hex-encoded SHA-1 hash, as {@code mbox_sha1sum} requires.
	 * @param value the string to check
	 * @return true when it has 40 hex digits
	 */
	public static boolean isSha1Hex(String value) {
		return value != null && SHA1.matcher(value).matches();
	}

	/**
	 * Whether a value is a hex-encoded SHA-2 hash (SHA-224, SHA-256, SHA-384 or SHA-512),
	 * as an attachment's {@code sha2} holds.
	 * @param value the string to check
	 * @return true when it is a SHA-2 hex digest
	 */
	public static boolean isSha2Hex(String value) {
		if (value == null || !HEX.matcher(value).matches()) {
			return false;
		}
		int length = value.length();
		return length == 56 || length == 64 || length == 96 || length == 128;
	}

	/**
	 * Whether a value has the syntax of an Internet media type, {@code type/subtype} with
	 * optional parameters (RFC 2046).
	 * @param value the string to check
	 * @return true when it is a media type
	 */
	public static boolean isMediaType(String value) {
		return value != null && MEDIA_TYPE.matcher(value).matches();
	}

	/**
	 * Whether a value is an ISO 8601:2004 section 4.4.3.2 duration (Data 4.6). The
	 * alternative format of 4.4.3.3 is rejected, weeks are not combined with other units,
	 * and only the last component may have a decimal fraction.
	 * @param value the string to check
	 * @return true when it is a duration
	 */
	public static boolean isDuration(String value) {
		if (value == null || !DURATION.matcher(value).matches()) {
			return false;
		}
		String separators = value.replaceAll("[^.,]", "");
		if (separators.isEmpty()) {
			return true;
		}
		if (separators.length() > 1) {
			return false;
		}
		int unit = value.indexOf(separators.charAt(0)) + 1;
		while (Character.isDigit(value.charAt(unit))) {
			unit++;
		}
		return unit == value.length() - 1;
	}

	/**
	 * Whether a value is an ISO 8601 timestamp that the LRS accepts (Data 4.5).
	 * @param value the string to check
	 * @return true when {@link #parseTimestamp(String)} accepts it
	 */
	public static boolean isTimestamp(String value) {
		return parseTimestamp(value).isPresent();
	}

	/**
	 * Parses an ISO 8601 combined date and time (Data 4.5). A time zone is only
	 * recommended (SHOULD*), so a value without one is read as UTC. The offsets
	 * {@code -00}, {@code -0000} and {@code -00:00} mean "unknown local offset" in RFC
	 * 3339 and are rejected, as the conformance suite expects.
	 * @param value the string to parse
	 * @return the instant, or empty when the value is not a valid timestamp
	 */
	public static Optional<Instant> parseTimestamp(String value) {
		if (value == null) {
			return Optional.empty();
		}
		Matcher m = TIMESTAMP.matcher(value);
		if (!m.matches()) {
			return Optional.empty();
		}
		try {
			return Optional.of(toInstant(m));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static Instant toInstant(Matcher m) {
		int second = (m.group(6) != null) ? Integer.parseInt(m.group(6)) : 0;
		boolean leapSecond = second == 60;
		String fraction = (m.group(7) != null) ? m.group(7) : "";
		int nanos = fraction.isEmpty() ? 0 : Integer.parseInt((fraction + "00000000").substring(0, 9));
		LocalDateTime local = LocalDateTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
				Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)), Integer.parseInt(m.group(5)),
				leapSecond ? 59 : second, nanos);

		Instant instant = local.toInstant(offset(m));
		return leapSecond ? instant.plusSeconds(1) : instant;
	}

	private static ZoneOffset offset(Matcher m) {
		if (m.group(8) != null || m.group(9) == null) {
			return ZoneOffset.UTC;
		}
		int hours = Integer.parseInt(m.group(10));
		int minutes = (m.group(11) != null) ? Integer.parseInt(m.group(11)) : 0;
		if (m.group(9).equals("-") && hours == 0 && minutes == 0) {
			throw new DateTimeException("unknown local offset");
		}
		int sign = m.group(9).equals("-") ? -1 : 1;
		return ZoneOffset.ofHoursMinutes(sign * hours, sign * minutes);
	}

	/**
	 * Whether a Statement's {@code version} property is acceptable: {@code 1.0} or
	 * {@code 1.0.x} under 1.0.3 (Data 2.4.10), and also {@code 2.0} or {@code 2.0.x}
	 * under 2.0, which should not reject a Statement for its version (2.0 LRS 4.2.4.2).
	 * @param value the version string
	 * @param version the xAPI version of the request
	 * @return true when the value is accepted
	 */
	public static boolean isStatementVersion(String value, XapiVersion version) {
		if (value == null) {
			return false;
		}
		if (value.matches("1\\.0(\\.\\d+)?")) {
			return true;
		}
		return version.isAtLeast2() && value.matches("2\\.0(\\.\\d+)?");
	}

	/**
	 * Validates a UUID query parameter, such as {@code statementId} or
	 * {@code registration}.
	 * @param value the raw parameter value
	 * @param parameterName the parameter, named in the error
	 * @return the lowercase UUID
	 * @throws XapiException 400 when the value is not a UUID
	 */
	public static String parseUuidParameter(String value, String parameterName) {
		if (!isUuid(value)) {
			throw XapiException.badRequest(parameterName + ": must be a UUID in 8-4-4-4-12 hexadecimal form");
		}
		return normalizeUuid(value);
	}

	/**
	 * Validates a timestamp query parameter, such as {@code since} or {@code until}.
	 * @param value the raw parameter value
	 * @param parameterName the parameter, named in the error
	 * @return the instant
	 * @throws XapiException 400 when the value is not an ISO 8601 timestamp
	 */
	public static Instant parseTimestampParameter(String value, String parameterName) {
		return parseTimestamp(value).orElseThrow(
				() -> XapiException.badRequest(parameterName + ": must be an ISO 8601 timestamp with a time zone"));
	}

	/**
	 * Validates an IRI query parameter, such as {@code verb}, {@code activity} or
	 * {@code activityId}.
	 * @param value the raw parameter value
	 * @param parameterName the parameter, named in the error
	 * @return the value unchanged
	 * @throws XapiException 400 when the value is not an absolute IRI
	 */
	public static String parseIriParameter(String value, String parameterName) {
		if (!isIri(value)) {
			throw XapiException.badRequest(parameterName + ": must be an absolute IRI with a scheme");
		}
		return value;
	}

}
