/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import org.cairnlrs.clients.Scope;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Activity Profile (Communication 2.7) and Agent Profile (Communication 2.6)
 * resources, with their 1.0.3 concurrency rules (Communication 3.1).
 */
@LrsTest
class ProfileResourceTests {

	static final String ACTIVITY_PROFILE = "/xapi/activities/profile";

	static final String AGENT_PROFILE = "/xapi/agents/profile";

	@Autowired
	XapiClient client;

	@Test
	void activityProfile_putWithoutPrecondition_is400WhenNewAnd409WhenExisting() throws Exception {
		String activityId = TestAgents.activityId();

		this.client
			.perform(activityProfile(HttpMethod.PUT, activityId, "p").contentType("application/json")
				.content("{\"v\":1}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("If-None-Match")));
		this.client.perform(activityProfile(HttpMethod.GET, activityId, "p")).andExpect(status().isNotFound());

		this.client
			.perform(activityProfile(HttpMethod.PUT, activityId, "p").header("If-None-Match", "*")
				.contentType("application/json")
				.content("{\"v\":1}"))
			.andExpect(status().isNoContent());
		this.client
			.perform(activityProfile(HttpMethod.PUT, activityId, "p").contentType("application/json")
				.content("{\"v\":2}"))
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(containsString("If-Match")))
			.andExpect(jsonPath("$.message").value(containsString("ETag")));
		this.client.perform(activityProfile(HttpMethod.GET, activityId, "p"))
			.andExpect(content().json("{\"v\":1}", true));
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void agentProfile_putWithoutPrecondition_is409WhenExisting(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		this.client
			.perform(agentProfile(HttpMethod.POST, agent, "prefs").contentType("application/json")
				.content("{\"audio\":\"on\"}"))
			.andExpect(status().isNoContent());

		this.client
			.perform(agentProfile(HttpMethod.PUT, agent, "prefs").contentType("application/json")
				.content("{\"audio\":\"off\"}"))
			.andExpect(status().isConflict());

		this.client.perform(agentProfile(HttpMethod.GET, agent, "prefs"))
			.andExpect(content().json("{\"audio\":\"on\"}", true));
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void agentProfile_fullCycle(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		Instant before = Instant.now().minusSeconds(60);
		this.client
			.perform(agentProfile(HttpMethod.PUT, agent, "a").header("If-None-Match", "*")
				.contentType("text/plain")
				.content("plain"))
			.andExpect(status().isNoContent());
		this.client
			.perform(agentProfile(HttpMethod.POST, agent, "b").contentType("application/json").content("{\"x\":1}"))
			.andExpect(status().isNoContent());
		this.client
			.perform(agentProfile(HttpMethod.POST, agent, "b").contentType("application/json").content("{\"y\":2}"))
			.andExpect(status().isNoContent());

		this.client.perform(agentProfile(HttpMethod.GET, agent, "b")).andExpect(content().json("{\"x\":1,\"y\":2}"));
		this.client.perform(agentProfile(HttpMethod.GET, agent, null).param("since", before.toString()))
			.andExpect(status().isOk())
			.andExpect(content().json("[\"a\",\"b\"]", true));
		String etag = this.client.perform(agentProfile(HttpMethod.GET, agent, "a"))
			.andExpect(header().string("Content-Type", containsString("text/plain")))
			.andReturn()
			.getResponse()
			.getHeader("ETag");
		this.client
			.perform(agentProfile(HttpMethod.PUT, agent, "a").header("If-Match", etag)
				.contentType("text/plain")
				.content("changed"))
			.andExpect(status().isNoContent());
		this.client.perform(agentProfile(HttpMethod.DELETE, agent, "a")).andExpect(status().isNoContent());
		this.client.perform(agentProfile(HttpMethod.GET, agent, null)).andExpect(content().json("[\"b\"]", true));
	}

	@Test
	void activityProfile_listsIdsSinceAndDeletes() throws Exception {
		String activityId = TestAgents.activityId();
		this.client
			.perform(activityProfile(HttpMethod.POST, activityId, "one").contentType("application/json").content("{}"))
			.andExpect(status().isNoContent());
		Thread.sleep(20);
		Instant between = Instant.now();
		Thread.sleep(20);
		this.client
			.perform(activityProfile(HttpMethod.POST, activityId, "two").contentType("application/json").content("{}"))
			.andExpect(status().isNoContent());

		this.client.perform(activityProfile(HttpMethod.GET, activityId, null))
			.andExpect(content().json("[\"one\",\"two\"]", true));
		this.client.perform(activityProfile(HttpMethod.GET, activityId, null).param("since", between.toString()))
			.andExpect(content().json("[\"two\"]", true));
		this.client.perform(activityProfile(HttpMethod.DELETE, activityId, "one")).andExpect(status().isNoContent());
		this.client.perform(activityProfile(HttpMethod.GET, activityId, null))
			.andExpect(content().json("[\"two\"]", true));
	}

	@Test
	void profiles_rejectMissingAndUnknownParameters() throws Exception {
		String activityId = TestAgents.activityId();
		String agent = TestAgents.agent("mbox");
		expect400(activityProfile(HttpMethod.DELETE, activityId, null), "profileId");
		expect400(agentProfile(HttpMethod.DELETE, agent, null), "profileId");
		expect400(activityProfile(HttpMethod.PUT, activityId, null).header("If-None-Match", "*")
			.contentType("application/json")
			.content("{}"), "profileId");
		expect400(this.client.request(HttpMethod.GET, ACTIVITY_PROFILE).param("profileId", "p"), "activityId");
		expect400(this.client.request(HttpMethod.POST, AGENT_PROFILE)
			.param("profileId", "p")
			.contentType("application/json")
			.content("{}"), "agent");
		expect400(agentProfile(HttpMethod.GET, "{\"account\":{\"homePage\":\"http://x.example.com\"}}", "p"), "agent");
		expect400(agentProfile(HttpMethod.GET, agent, "p").param("activityId", activityId), "activityId");
		expect400(activityProfile(HttpMethod.GET, activityId, "p").param("agent", agent), "agent");
		expect400(activityProfile(HttpMethod.GET, activityId, "p").param("registration", UUID.randomUUID().toString()),
				"registration");
		expect400(agentProfile(HttpMethod.GET, agent, null).param("since", "true"), "since");
	}

	@Test
	void profiles_needTheProfileScope() throws Exception {
		String activityId = TestAgents.activityId();
		XapiClient state = this.client.as(EnumSet.of(Scope.STATE));
		state.perform(state.request(HttpMethod.GET, ACTIVITY_PROFILE).param("activityId", activityId))
			.andExpect(status().isForbidden());

		XapiClient profile = this.client.as(EnumSet.of(Scope.PROFILE));
		profile
			.perform(profile.request(HttpMethod.POST, ACTIVITY_PROFILE)
				.param("activityId", activityId)
				.param("profileId", "p")
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isNoContent());
		profile.perform(profile.request(HttpMethod.GET, ACTIVITY_PROFILE).param("activityId", activityId))
			.andExpect(content().json("[\"p\"]", true));
	}

	private void expect400(MockHttpServletRequestBuilder request, String parameter) throws Exception {
		this.client.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString(parameter)));
	}

	private MockHttpServletRequestBuilder activityProfile(HttpMethod method, String activityId, String profileId) {
		MockHttpServletRequestBuilder request = this.client.request(method, ACTIVITY_PROFILE)
			.param("activityId", activityId);
		return (profileId != null) ? request.param("profileId", profileId) : request;
	}

	private MockHttpServletRequestBuilder agentProfile(HttpMethod method, String agent, String profileId) {
		MockHttpServletRequestBuilder request = this.client.request(method, AGENT_PROFILE).param("agent", agent);
		return (profileId != null) ? request.param("profileId", profileId) : request;
	}

}
