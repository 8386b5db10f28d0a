/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.options;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Browser content from another origin can call the endpoint: preflights need no
 * credentials and no version header, and answers expose the xAPI headers.
 */
@LrsTest
class XapiCorsTests {

	static final String ORIGIN = "https://content.example.org";

	@Autowired
	MockMvc mvc;

	@Autowired
	XapiClient xapi;

	@Test
	void preflight_fromAnyOrigin_allowsXapiHeadersAndMethods() throws Exception {
		this.mvc
			.perform(options("/xapi/statements").header("Origin", ORIGIN)
				.header("Access-Control-Request-Method", "PUT")
				.header("Access-Control-Request-Headers", "authorization, content-type, x-experience-api-version"))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", ORIGIN))
			.andExpect(header().string("Access-Control-Allow-Credentials", "true"))
			.andExpect(header().string("Access-Control-Allow-Methods", containsString("PUT")))
			.andExpect(header().string("Access-Control-Allow-Headers",
					containsStringIgnoringCase("x-experience-api-version")));
	}

	@Test
	void request_fromOtherOrigin_exposesXapiHeaders() throws Exception {
		this.xapi.perform(this.xapi.get("/xapi/about").header("Origin", ORIGIN))
			.andExpect(status().isOk())
			.andExpect(header().string("Access-Control-Allow-Origin", ORIGIN))
			.andExpect(header().string("Access-Control-Expose-Headers", containsString("ETag")))
			.andExpect(header().string("Access-Control-Expose-Headers",
					containsString("X-Experience-API-Consistent-Through")));
	}

	@Test
	void unauthenticatedRequest_fromOtherOrigin_stillCarriesCorsHeaders() throws Exception {
		this.mvc.perform(get("/xapi/statements").header("Origin", ORIGIN).header("X-Experience-API-Version", "1.0.3"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("Access-Control-Allow-Origin", ORIGIN));
	}

}
