/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the xAPI endpoint is served.
 *
 * @param basePath the path of the endpoint on this server, {@code /xapi} unless
 * {@code XAPI_BASE_PATH} says otherwise
 */
@ConfigurationProperties("cairn.xapi")
public record XapiProperties(String basePath) {

	public XapiProperties {
		String path = (basePath == null || basePath.isBlank()) ? "/xapi" : basePath.trim();
		path = path.startsWith("/") ? path : "/" + path;
		basePath = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
	}

}
