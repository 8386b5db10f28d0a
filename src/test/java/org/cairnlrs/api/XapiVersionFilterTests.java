/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The version header rules of Communication 3.3.
 */
@LrsTest
class XapiVersionFilterTests {

	@Autowired
	XapiClient xapi;

	@ParameterizedTest
	@ValueSource(strings = { "0.9", "0.95", "1.1.0", "3.0.0", "banana" })
	void request_withUnsupportedVersion_is400NamingTheHeader(String version) throws Exception {
		this.xapi.perform(this.xapi.withVersion(version).get("/xapi/statements"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Experience-API-Version", "1.0.3"))
			.andExpect(jsonPath("$.message", containsString("X-Experience-API-Version")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0", "1.0.0", "1.0.1", "1.0.3", "1.0.9" })
	void request_with10xVersion_isServedAs103(String version) throws Exception {
		this.xapi.perform(this.xapi.withVersion(version).get("/xapi/unknown-resource"))
			.andExpect(status().isNotFound())
			.andExpect(header().string("X-Experience-API-Version", "1.0.3"));
	}

	@org.junit.jupiter.api.Test
	void request_withoutVersion_is400() throws Exception {
		this.xapi.perform(this.xapi.withVersion(null).get("/xapi/statements"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("header is required")));
	}

}
