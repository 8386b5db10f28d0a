/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Salted SHA-256 digests of client secrets. Client secrets are checked on every xAPI
 * request, so a slow password hash would cap the request rate at a few dozen per second
 * per core; generated secrets carry 192 bits of randomness, which a fast digest protects
 * well. docs/security.md says why and what it means for chosen passwords.
 */
final class SecretDigest {

	private static final SecureRandom RANDOM = new SecureRandom();

	private static final HexFormat HEX = HexFormat.of();

	private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

	private SecretDigest() {
	}

	/**
	 * A stored form {@code sha256$<salt>$<digest>} of the secret, with a fresh random
	 * salt.
	 */
	static String digest(String secret) {
		byte[] salt = new byte[16];
		RANDOM.nextBytes(salt);
		return "sha256$" + HEX.formatHex(salt) + "$" + HEX.formatHex(sha256(salt, secret));
	}

	/**
	 * Whether the secret matches the stored form, compared in constant time.
	 */
	static boolean matches(String secret, String stored) {
		String[] parts = stored.split("\\$");
		if (parts.length != 3 || !parts[0].equals("sha256")) {
			return false;
		}
		byte[] expected = HEX.parseHex(parts[2]);
		return MessageDigest.isEqual(expected, sha256(HEX.parseHex(parts[1]), secret));
	}

	/**
	 * A new random secret of 32 characters from an alphabet without look-alike characters
	 * (about 186 bits).
	 */
	static String generate(int length) {
		StringBuilder secret = new StringBuilder(length);
		for (int i = 0; i < length; i++) {
			secret.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
		}
		return secret.toString();
	}

	private static byte[] sha256(byte[] salt, String secret) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt);
			return digest.digest(secret.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
