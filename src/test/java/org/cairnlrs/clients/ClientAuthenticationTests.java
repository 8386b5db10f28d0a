/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Every xAPI resource but About needs a client's HTTP Basic credentials (Communication
 * 4.0).
 */
@LrsTest
class ClientAuthenticationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	XapiClient xapi;

	@Test
	void request_withoutCredentials_is401WithChallengeAndVersion() throws Exception {
		this.mvc.perform(get("/xapi/statements").header(XapiClient.VERSION_HEADER, "1.0.3"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string("WWW-Authenticate", containsString("Basic")))
			.andExpect(header().string(XapiClient.VERSION_HEADER, "1.0.3"))
			.andExpect(jsonPath("$.status").value(401))
			.andExpect(jsonPath("$.requestId").isNotEmpty());
	}

	@Test
	void request_withWrongSecret_is401() throws Exception {
		String username = this.xapi.credentials().client().username();
		this.mvc
			.perform(get("/xapi/statements").header(XapiClient.VERSION_HEADER, "1.0.3")
				.with(httpBasic(username, "not-the-secret")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void request_withUnknownClient_is401() throws Exception {
		this.mvc
			.perform(get("/xapi/statements").header(XapiClient.VERSION_HEADER, "1.0.3")
				.with(httpBasic("nobody", "secret")))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void request_withValidCredentials_passesAuthentication() throws Exception {
		this.xapi.perform(this.xapi.get("/xapi/no-such-resource")).andExpect(status().isNotFound());
	}

}
