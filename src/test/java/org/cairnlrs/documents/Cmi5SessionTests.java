/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.UUID;

import org.cairnlrs.clients.Scope;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A cmi5-like launch: the LMS writes the launch data, the assignable unit reads it and
 * its learner preferences, then keeps its bookmark and suspend data in the State resource
 * with many merges and replacements, and everything reads back as written.
 */
@LrsTest
class Cmi5SessionTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final int MERGES = 200;

	static final int SUSPEND_WRITES = 50;

	@Autowired
	XapiClient client;

	@Test
	void launchWriteMergeAndResume() throws Exception {
		String au = TestAgents.activityId();
		String learner = TestAgents.named(TestAgents.agent("account"), "Learner");
		String registration = UUID.randomUUID().toString();
		XapiClient lms = this.client;
		XapiClient unit = this.client.as(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATE, Scope.PROFILE));

		String launchData = "{\"contextTemplate\":{\"extensions\":{\"https://w3id.org/xapi/cmi5/context/extensions/"
				+ "sessionid\":\"" + UUID.randomUUID() + "\"}},\"launchMode\":\"Normal\",\"moveOn\":\"Completed\"}";
		lms.perform(
				state(lms, HttpMethod.PUT, au, learner, registration, "LMS.LaunchData").contentType("application/json")
					.content(launchData))
			.andExpect(status().isNoContent());
		lms.perform(lms.request(HttpMethod.PUT, "/xapi/agents/profile")
			.param("agent", learner)
			.param("profileId", "cmi5LearnerPreferences")
			.header("If-None-Match", "*")
			.contentType("application/json")
			.content("{\"languagePreference\":\"en-US,fr-FR\",\"audioPreference\":\"on\"}"))
			.andExpect(status().isNoContent());

		unit.perform(state(unit, HttpMethod.GET, au, learner, registration, "LMS.LaunchData"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.launchMode").value("Normal"));
		unit.perform(
				unit.get("/xapi/agents/profile").param("agent", learner).param("profileId", "cmi5LearnerPreferences"))
			.andExpect(jsonPath("$.audioPreference").value("on"));

		for (int i = 0; i < MERGES; i++) {
			unit.perform(
					state(unit, HttpMethod.POST, au, learner, registration, "bookmark").contentType("application/json")
						.content("{\"location\":\"page-" + i + "\",\"progress\":" + i + ",\"visited-" + i + "\":true}"))
				.andExpect(status().isNoContent());
		}
		String suspendData = "";
		for (int i = 0; i < SUSPEND_WRITES; i++) {
			suspendData = "cmi.suspend_data|" + i + "|" + "ä".repeat(i);
			unit.perform(state(unit, HttpMethod.PUT, au, learner, registration, "suspend_data")
				.contentType("text/plain; charset=utf-8")
				.content(suspendData.getBytes(StandardCharsets.UTF_8))).andExpect(status().isNoContent());
		}

		MockHttpServletResponse bookmark = unit
			.perform(state(unit, HttpMethod.GET, au, learner, registration, "bookmark"))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse();
		JsonNode merged = MAPPER.readTree(bookmark.getContentAsByteArray());
		assertThat(merged.get("location").stringValue()).isEqualTo("page-" + (MERGES - 1));
		assertThat(merged.get("progress").intValue()).isEqualTo(MERGES - 1);
		for (int i = 0; i < MERGES; i++) {
			assertThat(merged.get("visited-" + i).booleanValue()).isTrue();
		}
		assertThat(bookmark.getHeader("ETag")).isEqualTo("\"" + sha1(bookmark.getContentAsByteArray()) + "\"");
		unit.perform(state(unit, HttpMethod.GET, au, learner, registration, "suspend_data"))
			.andExpect(content().bytes(suspendData.getBytes(StandardCharsets.UTF_8)));
		unit.perform(state(unit, HttpMethod.GET, au, learner, registration, null))
			.andExpect(content().json("[\"LMS.LaunchData\",\"bookmark\",\"suspend_data\"]", true));

		String relaunch = UUID.randomUUID().toString();
		unit.perform(state(unit, HttpMethod.GET, au, learner, relaunch, "bookmark")).andExpect(status().isNotFound());
		lms.perform(state(lms, HttpMethod.DELETE, au, learner, registration, null)).andExpect(status().isNoContent());
		unit.perform(state(unit, HttpMethod.GET, au, learner, registration, null))
			.andExpect(content().json("[]", true));
	}

	private static MockHttpServletRequestBuilder state(XapiClient client, HttpMethod method, String activityId,
			String agent, String registration, String stateId) {
		MockHttpServletRequestBuilder request = client.request(method, "/xapi/activities/state")
			.param("activityId", activityId)
			.param("agent", agent)
			.param("registration", registration);
		return (stateId != null) ? request.param("stateId", stateId) : request;
	}

	private static String sha1(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
	}

}
