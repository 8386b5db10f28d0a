/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Which web origins may call the xAPI endpoint from a browser.
 *
 * @param allowedOrigins origin patterns such as {@code https://*.example.org}; {@code *}
 * (the default) lets content served from any origin call the endpoint with the
 * credentials it holds
 * @param maxAge how long, in seconds, a browser may keep a preflight answer
 */
@ConfigurationProperties("cairn.cors")
public record CorsProperties(List<String> allowedOrigins, long maxAge) {

	public CorsProperties {
		allowedOrigins = (allowedOrigins == null || allowedOrigins.isEmpty()) ? List.of("*")
				: List.copyOf(allowedOrigins);
		maxAge = (maxAge <= 0) ? 3600 : maxAge;
	}

}
