/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.List;

import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.CorsConfigurationSource;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;

/**
 * Cross-origin rules for the xAPI endpoint: learning content is often served from another
 * origin than the LRS and calls it from the browser (1.0.3 Communication 1.3 mentions
 * such clients). The admin pages get no CORS at all.
 */
public final class XapiCors {

	static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "X-Experience-API-Version",
			"If-Match", "If-None-Match", "X-Requested-With", "Accept", "Accept-Language");

	static final List<String> EXPOSED_HEADERS = List.of("X-Experience-API-Version",
			"X-Experience-API-Consistent-Through", "ETag", "Last-Modified", "Content-Type", "X-Request-Id");

	private XapiCors() {
	}

	/**
	 * The CORS rules for everything below the xAPI base path.
	 * @param basePath the endpoint's path, such as {@code /xapi}
	 * @param properties the allowed origins
	 * @return a source for Spring Security's CORS filter
	 */
	public static CorsConfigurationSource source(String basePath, CorsProperties properties) {
		CorsConfiguration cors = new CorsConfiguration();
		cors.setAllowedOriginPatterns(properties.allowedOrigins());
		cors.setAllowCredentials(true);
		cors.setAllowedMethods(List.of("GET", "HEAD", "PUT", "POST", "DELETE", "OPTIONS"));
		cors.setAllowedHeaders(REQUEST_HEADERS);
		cors.setExposedHeaders(EXPOSED_HEADERS);
		cors.setMaxAge(properties.maxAge());

		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration(basePath + "/**", cors);
		source.registerCorsConfiguration(basePath, cors);
		return source;
	}

}
