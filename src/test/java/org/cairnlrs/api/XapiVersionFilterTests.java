/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.EnumSet;
import java.util.UUID;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.CreatedClient;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.cairnlrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Version negotiation (1.0.3 Communication 3.3, 2.0 LRS 4.1.7): the header chooses 1.0.3
 * or 2.0.0 on every request; anything else is 400, answered with the version the caller
 * speaks by default.
 */
@LrsTest
class XapiVersionFilterTests {

	static final String HEADER = "X-Experience-API-Version";

	@Autowired
	XapiClient xapi;

	@Autowired
	MockMvc mvc;

	@Autowired
	ClientService clients;

	@ParameterizedTest
	@ValueSource(strings = { "1.0", "1.0.0", "1.0.1", "1.0.3", "1.0.9" })
	void request_with10xVersion_isServedAs103(String version) throws Exception {
		this.xapi.perform(this.xapi.withVersion(version).get("/xapi/unknown-resource"))
			.andExpect(status().isNotFound())
			.andExpect(header().string(HEADER, "1.0.3"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "2.0", "2.0.0", "2.0.1", " 2.0.0 " })
	void request_with20xVersion_isServedAs200(String version) throws Exception {
		this.xapi.perform(this.xapi.withVersion(version).get("/xapi/statements?limit=1"))
			.andExpect(status().isOk())
			.andExpect(header().string(HEADER, "2.0.0"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "0.9", "0.95", "1.1.0", "2.1.0", "3.0.0", "banana", "" })
	void request_withUnsupportedVersion_is400NamingTheSupportedVersions(String version) throws Exception {
		this.xapi.perform(this.xapi.withVersion(version).get("/xapi/statements"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HEADER, this.xapi.credentials().client().xapiVersion().header()))
			.andExpect(jsonPath("$.message",
					allOf(containsString(HEADER), containsString("1.0.3"), containsString("2.0.0"))));
	}

	@ParameterizedTest
	@EnumSource(XapiVersion.class)
	void request_withoutVersion_is400WithTheVersionOfTheClient(XapiVersion clientVersion) throws Exception {
		CreatedClient client = client(clientVersion);

		for (String path : new String[] { "/xapi/statements", "/xapi/activities", "/xapi/agents",
				"/xapi/activities/state", "/xapi/activities/profile", "/xapi/agents/profile" }) {
			this.mvc.perform(as(client, get(path)))
				.andExpect(status().isBadRequest())
				.andExpect(header().string(HEADER, clientVersion.header()))
				.andExpect(jsonPath("$.message", containsString("header is required")));
		}
	}

	@ParameterizedTest
	@EnumSource(XapiVersion.class)
	void request_withUnsupportedVersion_isAnsweredWithTheVersionOfTheClient(XapiVersion clientVersion)
			throws Exception {
		CreatedClient client = client(clientVersion);

		this.mvc.perform(as(client, get("/xapi/statements")).header(HEADER, "0.95"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HEADER, clientVersion.header()));
	}

	@Test
	void putWithoutVersion_isRefusedBeforeTheStatementIsRead() throws Exception {
		CreatedClient client = client(XapiVersion.V1_0_3);
		String id = UUID.randomUUID().toString();
		String statement = "{\"actor\":{\"mbox\":\"mailto:v@example.com\"},"
				+ "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
				+ "\"object\":{\"id\":\"http://example.com/activities/v\"}}";

		this.mvc
			.perform(
					as(client, put("/xapi/statements").param("statementId", id)).contentType(MediaType.APPLICATION_JSON)
						.content(statement))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(HEADER, "1.0.3"));
		this.xapi.perform(this.xapi.get("/xapi/statements").param("statementId", id)).andExpect(status().isNotFound());
	}

	@Test
	void requestWithWrongCredentials_is401WithTheNewestVersion() throws Exception {
		this.mvc.perform(get("/xapi/statements").with(httpBasic("nobody-" + UUID.randomUUID(), "wrong")))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HEADER, "2.0.0"));
		this.mvc.perform(get("/xapi/statements").header(HEADER, "1.0.3"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().string(HEADER, "1.0.3"));
	}

	@Test
	void about_needsNoVersion_andAnswersWithTheNewest() throws Exception {
		this.mvc.perform(get("/xapi/about")).andExpect(status().isOk()).andExpect(header().string(HEADER, "2.0.0"));
	}

	private CreatedClient client(XapiVersion version) {
		return this.clients.create(null, null, EnumSet.of(Scope.ALL), version);
	}

	private static MockHttpServletRequestBuilder as(CreatedClient client, MockHttpServletRequestBuilder request) {
		return request.with(httpBasic(client.client().username(), client.secret()));
	}

}
