/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairnlrs.xapi.XapiException;

/**
 * Where the next page of a Statement query starts, carried in the {@code cursor}
 * parameter of the {@code more} link (Data 2.5): stateless, so any node can serve the
 * next page at any later time. The token holds the last seq served and the newest seq of
 * the first page's snapshot; statements stored after the first page never shift or repeat
 * later pages. It also holds a digest of the filter parameters, so a cursor sent with
 * other filters, or mangled on the way, is refused with 400.
 * <p>
 * The token is not secret and not signed: a client that forges one only sees Statements
 * its own filters and permissions allow anyway.
 *
 * @param position the seq of the last Statement served
 * @param snapshot the newest seq when the query's first page was served
 */
record StatementCursor(long position, long snapshot) {

	static final String PARAMETER = "cursor";

	private static final Pattern TOKEN = Pattern.compile("1\\.(\\d{1,19})\\.(\\d{1,19})\\.([0-9a-f]{12})");

	String encode(String filters) {
		String token = "1." + this.position + "." + this.snapshot + "." + digest(filters);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(token.getBytes(StandardCharsets.US_ASCII));
	}

	/**
	 * Reads a cursor parameter.
	 * @param token the parameter value
	 * @param filters the canonical form of the request's filter parameters
	 * @return the cursor
	 * @throws XapiException 400 when the token is malformed or belongs to other filters
	 */
	static StatementCursor decode(String token, String filters) {
		String decoded;
		try {
			decoded = new String(Base64.getUrlDecoder().decode(token), StandardCharsets.US_ASCII);
		}
		catch (IllegalArgumentException ex) {
			throw invalid();
		}

		Matcher m = TOKEN.matcher(decoded);
		if (!m.matches() || !m.group(3).equals(digest(filters))) {
			throw invalid();
		}
		try {
			return new StatementCursor(Long.parseLong(m.group(1)), Long.parseLong(m.group(2)));
		}
		catch (NumberFormatException ex) {
			throw invalid();
		}
	}

	private static XapiException invalid() {
		return XapiException.badRequest("cursor: is not a cursor this LRS issued for these filter parameters; "
				+ "follow the more link as given");
	}

	private static String digest(String filters) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(filters.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 6);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
