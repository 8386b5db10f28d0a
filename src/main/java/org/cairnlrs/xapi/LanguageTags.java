/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Well-formedness check for RFC 5646 language tags, used for language map keys and
 * {@code context.language}. xAPI 1.0.3 asks at least for the sequence of subtag lengths
 * to be checked (Data 2.2) and 2.0 rejects invalid tags outright (2.0 LRS 4.2.7), so this
 * follows the full ABNF of RFC 5646 2.1 plus the rule of 2.2.6 that a singleton and a
 * variant appear only once. Subtags are not looked up in the IANA registry.
 */
final class LanguageTags {

	// RFC 5646 2.1 "irregular" grandfathered tags; the "regular" ones fit the langtag
	// rule.
	private static final Set<String> IRREGULAR = Set.of("en-gb-oed", "i-ami", "i-bnn", "i-default", "i-enochian",
			"i-hak", "i-klingon", "i-lux", "i-mingo", "i-navajo", "i-pwn", "i-tao", "i-tay", "i-tsu", "sgn-be-fr",
			"sgn-be-nl", "sgn-ch-de");

	private LanguageTags() {
	}

	static boolean isWellFormed(String tag) {
		if (tag == null || tag.isEmpty() || tag.startsWith("-") || tag.endsWith("-") || tag.contains("--")) {
			return false;
		}
		String lower = tag.toLowerCase(Locale.ROOT);
		if (IRREGULAR.contains(lower)) {
			return true;
		}

		String[] subtags = lower.split("-");
		if (subtags[0].equals("x")) {
			return isPrivateUse(subtags, 0);
		}
		return isLangtag(subtags);
	}

	private static boolean isLangtag(String[] subtags) {
		String language = subtags[0];
		if (!isAlpha(language) || language.length() < 2 || language.length() > 8) {
			return false;
		}
		int i = 1;
		if (language.length() <= 3) {
			int extlangs = 0;
			while (i < subtags.length && extlangs < 3 && subtags[i].length() == 3 && isAlpha(subtags[i])) {
				i++;
				extlangs++;
			}
		}

		if (i < subtags.length && subtags[i].length() == 4 && isAlpha(subtags[i])) {
			i++;
		}
		if (i < subtags.length && isRegion(subtags[i])) {
			i++;
		}
		i = skipVariants(subtags, i);
		if (i < 0) {
			return false;
		}
		return hasValidExtensionsAndPrivateUse(subtags, i);
	}

	private static int skipVariants(String[] subtags, int start) {
		Set<String> seen = new HashSet<>();
		int i = start;
		while (i < subtags.length && isVariant(subtags[i])) {
			if (!seen.add(subtags[i])) {
				return -1;
			}
			i++;
		}
		return i;
	}

	private static boolean hasValidExtensionsAndPrivateUse(String[] subtags, int start) {
		Set<String> singletons = new HashSet<>();
		int i = start;
		while (i < subtags.length) {
			String singleton = subtags[i];
			if (singleton.equals("x")) {
				return isPrivateUse(subtags, i);
			}
			if (singleton.length() != 1 || !isAlphanumeric(singleton) || !singletons.add(singleton)) {
				return false;
			}
			i++;
			int first = i;
			while (i < subtags.length && subtags[i].length() >= 2 && subtags[i].length() <= 8
					&& isAlphanumeric(subtags[i])) {
				i++;
			}
			if (i == first) {
				return false;
			}
		}
		return true;
	}

	private static boolean isPrivateUse(String[] subtags, int x) {
		if (x + 1 >= subtags.length) {
			return false;
		}
		for (int i = x + 1; i < subtags.length; i++) {
			if (subtags[i].length() > 8 || !isAlphanumeric(subtags[i])) {
				return false;
			}
		}
		return true;
	}

	private static boolean isRegion(String subtag) {
		return (subtag.length() == 2 && isAlpha(subtag)) || (subtag.length() == 3 && isDigits(subtag));
	}

	private static boolean isVariant(String subtag) {
		if (!isAlphanumeric(subtag)) {
			return false;
		}
		int length = subtag.length();
		return (length >= 5 && length <= 8) || (length == 4 && isDigits(subtag.substring(0, 1)));
	}

	private static boolean isAlpha(String s) {
		return s.chars().allMatch((c) -> c >= 'a' && c <= 'z');
	}

	private static boolean isDigits(String s) {
		return s.chars().allMatch((c) -> c >= '0' && c <= '9');
	}

	private static boolean isAlphanumeric(String s) {
		return s.chars().allMatch((c) -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
	}

}
