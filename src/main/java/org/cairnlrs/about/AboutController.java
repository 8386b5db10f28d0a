/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.about;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

import org.cairnlrs.xapi.XapiVersion;

import org.springframework.boot.info.BuildProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The About resource (1.0.3 Communication 2.8, 2.0 LRS 4.1.6.7): which xAPI versions this
 * LRS speaks, each on every request, chosen by the request's version header. It needs no
 * credentials and no version header.
 */
@RestController
class AboutController {

	static final String SERVER_EXTENSION = "https://cairn-lrs.org/xapi/extensions/server";

	private final String productVersion;

	AboutController(ObjectProvider<BuildProperties> build) {
		BuildProperties properties = build.getIfAvailable();
		this.productVersion = (properties != null) ? properties.getVersion() : "development";
	}

	/**
	 * Answers GET and HEAD of {@code about}.
	 * @return the versions and a server extension naming the product
	 */
	@GetMapping("${cairn.xapi.base-path:/xapi}/about")
	Map<String, Object> about() {
		Map<String, Object> about = new LinkedHashMap<>();
		about.put("version", Arrays.stream(XapiVersion.values()).map(XapiVersion::header).toList());
		about.put("extensions", Map.of(SERVER_EXTENSION, Map.of("name", "Cairn LRS", "version", this.productVersion)));
		return about;
	}

}
