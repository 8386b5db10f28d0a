/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.cairnlrs.xapi.XapiException;

/**
 * The {@code If-Match} and {@code If-None-Match} headers of a document write
 * (Communication 3.1, RFC 7232).
 *
 * @param ifMatch the entity tags of {@code If-Match}, {@code null} when the header is
 * absent; empty for {@code *}
 * @param ifMatchAny whether {@code If-Match} is {@code *}
 * @param ifNoneMatch the entity tags of {@code If-None-Match}, {@code null} when the
 * header is absent; empty for {@code *}
 * @param ifNoneMatchAny whether {@code If-None-Match} is {@code *}
 */
record Preconditions(List<String> ifMatch, boolean ifMatchAny, List<String> ifNoneMatch, boolean ifNoneMatchAny) {

	static final Preconditions NONE = new Preconditions(null, false, null, false);

	static Preconditions of(HttpServletRequest request) {
		String ifMatch = header(request, "If-Match");
		String ifNoneMatch = header(request, "If-None-Match");
		boolean matchAny = "*".equals(ifMatch);
		boolean noneMatchAny = "*".equals(ifNoneMatch);
		// Spec: RFC 7232 section 3.1: If-Match compares strongly, so a weak tag never
		// matches.
		return new Preconditions((ifMatch == null || matchAny) ? emptyOrNull(ifMatch) : tags(ifMatch, "If-Match", true),
				matchAny, (ifNoneMatch == null || noneMatchAny) ? emptyOrNull(ifNoneMatch)
						: tags(ifNoneMatch, "If-None-Match", false),
				noneMatchAny);
	}

	/** Whether the request carries neither header. */
	boolean absent() {
		return this.ifMatch == null && this.ifNoneMatch == null;
	}

	/**
	 * Whether a write may go ahead given the current document ({@code null} when there is
	 * none).
	 */
	boolean allow(StoredDocument current) {
		if (this.ifMatch != null) {
			if (current == null || (!this.ifMatchAny && !this.ifMatch.contains(current.etag()))) {
				return false;
			}
		}
		if (this.ifNoneMatch != null && current != null) {
			return !this.ifNoneMatchAny && !this.ifNoneMatch.contains(current.etag());
		}
		return true;
	}

	private static List<String> emptyOrNull(String header) {
		return (header == null) ? null : List.of();
	}

	// Several headers of the same name are one comma-separated list (RFC 9110 section
	// 5.3).
	private static String header(HttpServletRequest request, String name) {
		Enumeration<String> values = request.getHeaders(name);
		if (values == null || !values.hasMoreElements()) {
			return null;
		}
		String joined = String.join(",", Collections.list(values)).trim();
		if (joined.isEmpty()) {
			throw XapiException.badRequest(name + ": must be * or a list of quoted ETags");
		}
		return joined;
	}

	private static List<String> tags(String header, String name, boolean strong) {
		List<String> tags = new ArrayList<>();
		for (String part : header.split(",")) {
			String tag = part.trim();
			boolean weak = tag.startsWith("W/");
			tag = weak ? tag.substring(2) : tag;
			if (tag.length() >= 2 && tag.startsWith("\"") && tag.endsWith("\"")) {
				tag = tag.substring(1, tag.length() - 1);
			}
			if (tag.isEmpty() || tag.contains("\"") || tag.equals("*")) {
				throw XapiException.badRequest(name + ": must be * or a list of quoted ETags");
			}
			if (!weak || !strong) {
				// The LRS's ETags are lowercase hex digests.
				tags.add(tag.toLowerCase(Locale.ROOT));
			}
		}
		return tags;
	}

}
