/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The SHA-2 variants an attachment's {@code sha2} may use, told apart by the length of
 * the hex digest (Data 2.4.11: "SHA-2 hash of the Attachment data").
 */
final class Sha2 {

	private Sha2() {
	}

	/**
	 * A digest for the algorithm that produces a hash of this length.
	 * @param hex the declared hash
	 * @return the digest, or empty when no SHA-2 variant gives such a hash
	 */
	static Optional<MessageDigest> digestFor(String hex) {
		if (hex == null || !hex.matches("[0-9a-fA-F]+")) {
			return Optional.empty();
		}
		String algorithm = switch (hex.length()) {
			case 56 -> "SHA-224";
			case 64 -> "SHA-256";
			case 96 -> "SHA-384";
			case 128 -> "SHA-512";
			default -> null;
		};
		if (algorithm == null) {
			return Optional.empty();
		}
		try {
			return Optional.of(MessageDigest.getInstance(algorithm));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(algorithm + " is part of every Java runtime", ex);
		}
	}

}
