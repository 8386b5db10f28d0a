/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Ids and keys compare and sort the same on every database as on SQLite: byte for byte,
 * whatever the server's collations do with letter case, accents or trailing spaces.
 */
@LrsTest
class ExactKeysTests {

	private static final String STATE = "/xapi/activities/state";

	@Autowired
	XapiClient client;

	@Autowired
	JdbcClient jdbc;

	private final String activityId = "http://exact.example.org/" + UUID.randomUUID();

	private final String agent = "{\"mbox\":\"mailto:" + UUID.randomUUID() + "@exact.example.org\"}";

	@Test
	void idsDifferingOnlyInTrailingSpaceCaseOrAccent_areDifferentDocuments() throws Exception {
		List<String> ids = List.of("bookmark", "bookmark ", "Bookmark", "bookmárk", "bookmark\u0301");
		for (int i = 0; i < ids.size(); i++) {
			this.client
				.perform(state(HttpMethod.PUT, ids.get(i)).header("If-None-Match", "*")
					.contentType("application/json")
					.content("{\"n\":" + i + "}"))
				.andExpect(status().isNoContent());
		}

		for (int i = 0; i < ids.size(); i++) {
			this.client.perform(state(HttpMethod.GET, ids.get(i)))
				.andExpect(status().isOk())
				.andExpect(content().string("{\"n\":" + i + "}"));
		}
	}

	@Test
	void documentIds_listInCodePointOrder() throws Exception {
		List<String> ids = new ArrayList<>(List.of("b", "a", "B", "é", "z", "a b", "ab", "\uD834\uDD1E clef", "ä"));
		for (String id : ids) {
			this.client
				.perform(state(HttpMethod.PUT, id).header("If-None-Match", "*").contentType("text/plain").content(id))
				.andExpect(status().isNoContent());
		}

		String listed = this.client.perform(state(HttpMethod.GET, null))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(java.nio.charset.StandardCharsets.UTF_8);

		List<String> expected = ids.stream().sorted(ExactKeysTests::byCodePoint).toList();
		List<String> answered = new ArrayList<>();
		JsonMapper.builder().build().readTree(listed).forEach((id) -> answered.add(id.stringValue()));
		assertThat(answered).containsExactlyElementsOf(expected);
	}

	@Test
	void textComparison_isByteForByteInSql() {
		String sql = "SELECT COUNT(*) FROM client WHERE username = :name";
		String name = this.client.credentials().client().username();

		assertThat(this.jdbc.sql(sql).param("name", name).query(Long.class).single()).isEqualTo(1);
		assertThat(this.jdbc.sql(sql).param("name", name + " ").query(Long.class).single())
			.as("client names are compared with trailing spaces")
			.isZero();
		assertThat(this.jdbc.sql(sql).param("name", name.toUpperCase()).query(Long.class).single())
			.as("client names are compared with letter case")
			.isZero();
	}

	private MockHttpServletRequestBuilder state(HttpMethod method, String stateId) {
		MockHttpServletRequestBuilder request = this.client.request(method, STATE)
			.param("activityId", this.activityId)
			.param("agent", this.agent);
		return (stateId != null) ? request.param("stateId", stateId) : request;
	}

	private static int byCodePoint(String a, String b) {
		return java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray());
	}

}
