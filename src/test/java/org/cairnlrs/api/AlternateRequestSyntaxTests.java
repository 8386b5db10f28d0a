/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.cairnlrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The alternate request syntax (1.0.3 Communication 1.3): headers and parameters travel
 * in a form body. xAPI 2.0 has no such syntax and refuses it.
 */
@LrsTest
class AlternateRequestSyntaxTests {

	static final String STATEMENT = "{\"actor\":{\"mbox\":\"mailto:alt@example.com\"},"
			+ "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/completed\"},"
			+ "\"object\":{\"id\":\"http://example.com/activities/alternate\"}}";

	@Autowired
	MockMvc mvc;

	@Autowired
	XapiClient xapi;

	@Test
	void post_withMethodGet_isServedAsGet() throws Exception {
		this.mvc
			.perform(post("/xapi/about?method=GET").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("X-Experience-API-Version=1.0.3"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.version[0]").value("1.0.3"));
	}

	@Test
	void post_withAuthorizationInForm_isAuthenticated() throws Exception {
		String form = "Authorization=" + urlEncoded(basic()) + "&X-Experience-API-Version=1.0.3";

		this.mvc
			.perform(post("/xapi/no-such-resource?method=GET").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form))
			.andExpect(status().isNotFound());
	}

	@Test
	void post_withHeadersSentAsRealHeaders_usesThem() throws Exception {
		this.xapi
			.perform(this.xapi.request(HttpMethod.POST, "/xapi/no-such-resource?method=GET")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("limit=1"))
			.andExpect(status().isNotFound());
	}

	@Test
	void post_withoutAuthorizationInForm_is401() throws Exception {
		this.mvc
			.perform(post("/xapi/no-such-resource?method=GET").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("X-Experience-API-Version=1.0.3"))
			.andExpect(status().isUnauthorized());
	}

	@Test
	void post_withoutVersionInForm_is400() throws Exception {
		this.mvc
			.perform(post("/xapi/no-such-resource?method=GET").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("Authorization=" + urlEncoded(basic())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("X-Experience-API-Version")));
	}

	@Test
	void get_withMethodParameter_is400() throws Exception {
		this.xapi.perform(this.xapi.get("/xapi/about?method=GET"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Experience-API-Version", "1.0.3"))
			.andExpect(jsonPath("$.message", containsString("only allowed on POST")));
	}

	@Test
	void post_withOtherQueryParameters_is400() throws Exception {
		this.mvc
			.perform(post("/xapi/statements?method=PUT&statementId=0b2a8a31-3b64-4d62-8d5d-5b3f8a0a0a01")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("X-Experience-API-Version=1.0.3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("no query parameter but 'method'")));
	}

	@Test
	void post_withUnknownMethod_is400() throws Exception {
		this.mvc
			.perform(post("/xapi/statements?method=PATCH").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content("X-Experience-API-Version=1.0.3"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("'method' parameter must be one of")));
	}

	@Test
	void post_withJsonBody_is400() throws Exception {
		this.mvc
			.perform(post("/xapi/statements?method=PUT").contentType(MediaType.APPLICATION_JSON)
				.header("X-Experience-API-Version", "1.0.3")
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("application/x-www-form-urlencoded")));
	}

	@ParameterizedTest
	@CsvSource({ "1.0.3, 204", "2.0.0, 400", "2.0, 400" })
	void putInAlternateSyntax_isServedUnder103_refusedUnder20(String version, int status) throws Exception {
		String id = UUID.randomUUID().toString();
		String form = "statementId=" + id + "&content=" + urlEncoded(STATEMENT);

		this.xapi
			.perform(this.xapi.withVersion(version)
				.request(HttpMethod.POST, "/xapi/statements?method=PUT")
				.contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form))
			.andExpect(status().is(status))
			.andExpect(header().string("X-Experience-API-Version", XapiVersion.fromHeader(version).get().header()));
		this.xapi.perform(this.xapi.get("/xapi/statements").param("statementId", id))
			.andExpect(status().is((status == 204) ? 200 : 404));
	}

	@Test
	void versionInTheForm_choosesTheRules() throws Exception {
		String id = UUID.randomUUID().toString();
		String form = "statementId=" + id + "&content=" + urlEncoded(STATEMENT) + "&Authorization="
				+ urlEncoded(basic()) + "&X-Experience-API-Version=2.0.0";

		this.mvc
			.perform(post("/xapi/statements?method=PUT").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Experience-API-Version", "2.0.0"))
			.andExpect(jsonPath("$.message", containsString("xAPI 2.0 has no alternate request syntax")));
		this.xapi.perform(this.xapi.get("/xapi/statements").param("statementId", id)).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "GET", "PUT", "POST", "DELETE" })
	void anyMethodParameterUnder20_is400(String method) throws Exception {
		this.xapi
			.perform(this.xapi.withVersion("2.0.0")
				.request(HttpMethod.valueOf(method), "/xapi/statements?method=GET")
				.contentType(MediaType.APPLICATION_JSON)
				.content("{}"))
			.andExpect(status().isBadRequest())
			.andExpect(header().string("X-Experience-API-Version", "2.0.0"))
			.andExpect(jsonPath("$.message", containsString("'method'")));
	}

	@Test
	void plainRequests_areUntouched() throws Exception {
		this.mvc.perform(get("/xapi/about").param("unrelated", "1")).andExpect(status().isOk());
	}

	private String basic() {
		var credentials = this.xapi.credentials();
		String pair = credentials.client().username() + ":" + credentials.secret();
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	private static String urlEncoded(String value) {
		return java.net.URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
