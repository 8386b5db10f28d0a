/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The xAPI scopes (1.0.3 Communication 4.2, "OAuth Scope"), which limit what a client may
 * do.
 */
public enum Scope {

	/** Write statements. */
	STATEMENTS_WRITE("statements/write"),

	/** Read any statement. */
	STATEMENTS_READ("statements/read"),

	/** Read only the statements this client wrote. */
	STATEMENTS_READ_MINE("statements/read/mine"),

	/** Read everything, write nothing. */
	ALL_READ("all/read"),

	/** Everything. */
	ALL("all"),

	/** Read and write State documents. */
	STATE("state"),

	/** Read and write Activity Profile and Agent Profile documents. */
	PROFILE("profile"),

	/**
	 * Activity definitions in this client's statements update the LRS's canonical
	 * definitions.
	 */
	DEFINE("define");

	private final String value;

	Scope(String value) {
		this.value = value;
	}

	public String value() {
		return this.value;
	}

	public static Optional<Scope> fromValue(String value) {
		return Arrays.stream(values()).filter((scope) -> scope.value.equals(value)).findFirst();
	}

	/**
	 * Parses a space- or comma-separated list of scope names.
	 * @param text the list, such as {@code "statements/write statements/read/mine"}
	 * @return the scopes
	 * @throws IllegalArgumentException naming the first unknown scope
	 */
	public static Set<Scope> parseList(String text) {
		Set<Scope> scopes = EnumSet.noneOf(Scope.class);
		for (String name : text.trim().split("[\\s,]+")) {
			if (!name.isEmpty()) {
				scopes.add(fromValue(name).orElseThrow(() -> new IllegalArgumentException("Unknown scope '" + name
						+ "'; the scopes are " + Arrays.stream(values()).map(Scope::value).toList())));
			}
		}
		return scopes;
	}

}
