/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.cairnlrs.support.XapiClient;

import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Shortcuts for the requests the Statement tests send through {@link XapiClient}.
 */
final class StatementRequests {

	static final String PATH = "/xapi/statements";

	private final XapiClient client;

	StatementRequests(XapiClient client) {
		this.client = client;
	}

	XapiClient client() {
		return this.client;
	}

	/** POSTs a body and expects 200; returns the ids answered. */
	List<String> post(String body) throws Exception {
		MvcResult result = this.client.perform(this.client.json(HttpMethod.POST, body, PATH))
			.andExpect(status().isOk())
			.andReturn();
		List<String> ids = new ArrayList<>();
		TestStatements.parse(content(result)).forEach((id) -> ids.add(id.stringValue()));
		return ids;
	}

	List<String> post(JsonNode... statements) throws Exception {
		return post(TestStatements.array(statements));
	}

	String postOne(JsonNode statement) throws Exception {
		List<String> ids = post(TestStatements.text(statement));
		assertThat(ids).hasSize(1);
		return ids.get(0);
	}

	ResultActions postRaw(String body) throws Exception {
		return this.client.perform(this.client.json(HttpMethod.POST, body, PATH));
	}

	ResultActions put(String statementId, JsonNode statement) throws Exception {
		return this.client.perform(this.client.json(HttpMethod.PUT, TestStatements.text(statement),
				PATH + "?statementId={id}", statementId));
	}

	/**
	 * GETs the Statement resource.
	 * @param query a query template such as {@code ?agent={agent}}, expanded and encoded
	 * with the values
	 */
	ResultActions get(String query, Object... values) throws Exception {
		return this.client.perform(this.client.get(PATH + query, values));
	}

	/** GETs and expects 200; returns the parsed body. */
	JsonNode getJson(String query, Object... values) throws Exception {
		return TestStatements.parse(content(get(query, values).andExpect(status().isOk()).andReturn()));
	}

	JsonNode statement(String id) throws Exception {
		return getJson("?statementId={id}", id);
	}

	/** GETs a more link exactly as the LRS wrote it. */
	ResultActions follow(String more) throws Exception {
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.get(URI.create(more))
			.with(httpBasic(this.client.credentials().client().username(), this.client.credentials().secret()))
			.header(XapiClient.VERSION_HEADER, "1.0.3");
		return this.client.perform(request);
	}

	/** Follows more links from a first page to the end; returns all ids in order. */
	List<String> allPages(JsonNode first) throws Exception {
		List<String> ids = new ArrayList<>(ids(first));
		JsonNode page = first;
		while (!page.get("more").stringValue().isEmpty()) {
			page = TestStatements
				.parse(content(follow(page.get("more").stringValue()).andExpect(status().isOk()).andReturn()));
			ids.addAll(ids(page));
		}
		return ids;
	}

	/** The ids of a StatementResult's Statements, in order. */
	static List<String> ids(JsonNode result) {
		List<String> ids = new ArrayList<>();
		result.get("statements").forEach((statement) -> ids.add(statement.get("id").stringValue()));
		return ids;
	}

	static String content(MvcResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

}
