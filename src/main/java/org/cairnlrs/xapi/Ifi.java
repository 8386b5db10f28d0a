/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import tools.jackson.databind.JsonNode;

/**
 * The Inverse Functional Identifier of an Agent or Identified Group (Data 2.4.2.3): the
 * one property that identifies it. Two Agents or Identified Groups are the same when they
 * use the same kind of IFI with equal values (Communication 2.1.3, {@code agent}). An
 * {@code mbox} and an {@code mbox_sha1sum} are different kinds, even for the same person:
 * the LRS only MAY treat them as equal (Data 2.4.2.3), see {@link #asMboxSha1sum()}.
 *
 * @param kind {@code mbox}, {@code mbox_sha1sum}, {@code openid} or {@code account}
 * @param value the identifier in a normalized form: an mbox with its case-insensitive
 * domain in lowercase, a SHA-1 in lowercase hex, an openid as given, an account as
 * {@code homePage|name} with any {@code \} or {@code |} in the homePage escaped by a
 * {@code \}
 */
public record Ifi(String kind, String value) {

	/**
	 * Finds the IFI of an Agent or Group.
	 * @param agentOrGroup an Agent or Group object
	 * @return its IFI, or empty for an Anonymous Group, for a value that is not an
	 * object, or when the object does not have exactly one well-typed IFI property
	 */
	public static Optional<Ifi> of(JsonNode agentOrGroup) {
		if (agentOrGroup == null || !agentOrGroup.isObject()) {
			return Optional.empty();
		}
		List<String> kinds = Actors.ifiNames(agentOrGroup);
		if (kinds.size() != 1) {
			return Optional.empty();
		}

		String kind = kinds.get(0);
		JsonNode node = agentOrGroup.get(kind);
		if (kind.equals("account")) {
			JsonNode homePage = node.path("homePage");
			JsonNode name = node.path("name");
			if (!homePage.isString() || !name.isString()) {
				return Optional.empty();
			}
			return Optional.of(account(homePage.stringValue(), name.stringValue()));
		}
		if (!node.isString()) {
			return Optional.empty();
		}
		return Optional.of(normalized(kind, node.stringValue()));
	}

	private static Ifi normalized(String kind, String value) {
		return switch (kind) {
			case "mbox" -> new Ifi(kind, normalizeMbox(value));
			case "mbox_sha1sum" -> new Ifi(kind, value.toLowerCase(Locale.ROOT));
			default -> new Ifi(kind, value);
		};
	}

	/**
	 * The IFI of an account.
	 * @param homePage the account's homePage
	 * @param name the account's name
	 * @return the IFI
	 */
	public static Ifi account(String homePage, String name) {
		String escaped = homePage.replace("\\", "\\\\").replace("|", "\\|");
		return new Ifi("account", escaped + "|" + name);
	}

	/**
	 * A compact string that identifies the Agent or Group for indexing and lookups, such
	 * as {@code mbox:mailto:a@example.com}, {@code mbox_sha1sum:<hex>},
	 * {@code openid:<uri>} or {@code account:<homePage>|<name>}. Different IFIs always
	 * give different keys: the kind comes first, and the account's homePage has its
	 * separator escaped.
	 * @return the key
	 */
	public String key() {
		return this.kind + ":" + this.value;
	}

	/**
	 * For an mbox, the mbox_sha1sum IFI of the same address, for an LRS that chooses to
	 * match an mbox against SHA-1 sums (Data 2.4.2.3 "MAY"). The hash is taken over the
	 * mailto IRI with its domain in lowercase, as clients are told to compute it.
	 * @return the mbox_sha1sum IFI, or empty for other kinds
	 */
	public Optional<Ifi> asMboxSha1sum() {
		if (!this.kind.equals("mbox")) {
			return Optional.empty();
		}
		try {
			byte[] digest = MessageDigest.getInstance("SHA-1").digest(this.value.getBytes(StandardCharsets.UTF_8));
			return Optional.of(new Ifi("mbox_sha1sum", HexFormat.of().formatHex(digest)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

	// Spec: Data 2.4.2.3: the domain portion of an email address is case insensitive.
	private static String normalizeMbox(String mbox) {
		int at = mbox.lastIndexOf('@');
		if (at < 0) {
			return mbox;
		}
		return mbox.substring(0, at + 1) + mbox.substring(at + 1).toLowerCase(Locale.ROOT);
	}

}
