/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/**
 * Picks the one entry of a language map that best fits an {@code Accept-Language} header,
 * map by map (Communication 2.1.3 "Language Filtering Requirements for Canonical Format
 * Statements").
 * <p>
 * Matching follows RFC 2616 14.4: a range matches a tag equal to it or starting with it
 * followed by {@code -}, {@code *} matches any tag, and a tag takes the weight of the
 * longest range that matches it; weight 0 means "not acceptable". The highest weight
 * wins, then the more specific range, then the order of the map. When no tag matches, a
 * tag whose prefix is a requested range's language ({@code en} for {@code en-GB}) is
 * taken, and failing that the first entry, because canonical format returns one language
 * in every map.
 */
final class LanguagePreference {

	private final List<Locale.LanguageRange> ranges;

	LanguagePreference(List<Locale.LanguageRange> ranges) {
		this.ranges = (ranges != null) ? List.copyOf(ranges) : List.of();
	}

	/**
	 * The key of the entry to keep.
	 * @param languageMap a non-empty language map
	 * @return the chosen key
	 */
	String choose(JsonNode languageMap) {
		String best = null;
		double bestWeight = 0;
		int bestSpecificity = -1;
		for (Map.Entry<String, JsonNode> entry : languageMap.properties()) {
			Locale.LanguageRange range = bestRange(entry.getKey());
			if (range == null || range.getWeight() <= 0) {
				continue;
			}
			int specificity = range.getRange().equals("*") ? 0 : range.getRange().length();
			if (range.getWeight() > bestWeight || (range.getWeight() == bestWeight && specificity > bestSpecificity)) {
				best = entry.getKey();
				bestWeight = range.getWeight();
				bestSpecificity = specificity;
			}
		}
		if (best != null) {
			return best;
		}
		return fallback(languageMap);
	}

	// The longest range that matches the tag (RFC 2616 14.4).
	private Locale.LanguageRange bestRange(String tag) {
		String lowerTag = tag.toLowerCase(Locale.ROOT);
		Locale.LanguageRange best = null;
		for (Locale.LanguageRange range : this.ranges) {
			String value = range.getRange().toLowerCase(Locale.ROOT);
			boolean matches = value.equals("*") || lowerTag.equals(value) || lowerTag.startsWith(value + "-");
			if (matches && (best == null || specificity(range) > specificity(best))) {
				best = range;
			}
		}
		return best;
	}

	private static int specificity(Locale.LanguageRange range) {
		return range.getRange().equals("*") ? 0 : range.getRange().length();
	}

	private String fallback(JsonNode languageMap) {
		for (Locale.LanguageRange range : this.ranges) {
			if (range.getWeight() <= 0 || range.getRange().equals("*")) {
				continue;
			}
			String language = range.getRange().toLowerCase(Locale.ROOT).split("-")[0];
			for (String key : languageMap.propertyNames()) {
				String lowerKey = key.toLowerCase(Locale.ROOT);
				if (lowerKey.equals(language) || lowerKey.startsWith(language + "-")) {
					return key;
				}
			}
		}
		return languageMap.propertyNames().iterator().next();
	}

}
