/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.Optional;

/**
 * The xAPI versions this LRS speaks. A request chooses one with its
 * {@code X-Experience-API-Version} header and is then held to that version's rules (1.0.3
 * Communication 3.3; 2.0 LRS 4.1.7).
 */
public enum XapiVersion {

	V1_0_3("1.0.3"),

	V2_0_0("2.0.0");

	private final String header;

	XapiVersion(String header) {
		this.header = header;
	}

	/**
	 * The value sent back in the {@code X-Experience-API-Version} response header.
	 * @return the full version, such as {@code 1.0.3}
	 */
	public String header() {
		return this.header;
	}

	public boolean isAtLeast2() {
		return this == V2_0_0;
	}

	/**
	 * The newest version this LRS speaks: what it reports when it cannot know which
	 * version a caller speaks, and what a new API client speaks unless told otherwise.
	 * @return the newest version
	 */
	public static XapiVersion newest() {
		XapiVersion[] all = values();
		return all[all.length - 1];
	}

	/**
	 * Finds the version a request header asks for: {@code 1.0}, {@code 1.0.x} select
	 * 1.0.3; {@code 2.0}, {@code 2.0.x} select 2.0.0.
	 * @param header the header value, possibly {@code null}
	 * @return the version, or empty when the value names no supported version
	 */
	public static Optional<XapiVersion> fromHeader(String header) {
		if (header == null) {
			return Optional.empty();
		}
		String value = header.trim();
		if (value.equals("1.0") || value.matches("1\\.0\\.\\d+")) {
			return Optional.of(V1_0_3);
		}
		if (value.equals("2.0") || value.matches("2\\.0\\.\\d+")) {
			return Optional.of(V2_0_0);
		}
		return Optional.empty();
	}

}
