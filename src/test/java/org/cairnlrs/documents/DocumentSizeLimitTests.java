/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.Arrays;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Documents above {@code cairn.documents.max-size} are refused with 413 and change
 * nothing (Communication 3.2).
 */
@LrsTest
@TestPropertySource(properties = "cairn.documents.max-size=1KB")
class DocumentSizeLimitTests {

	@Autowired
	XapiClient client;

	@Test
	void documentAtTheLimit_isStored_andOneByteMoreIs413() throws Exception {
		String agent = TestAgents.agent("mbox");
		String activityId = TestAgents.activityId();
		byte[] limit = new byte[1024];
		Arrays.fill(limit, (byte) 'a');
		byte[] over = new byte[1025];
		Arrays.fill(over, (byte) 'b');

		this.client.perform(state(HttpMethod.PUT, activityId, agent, "big").contentType("text/plain").content(over))
			.andExpect(status().isPayloadTooLarge());
		this.client.perform(state(HttpMethod.GET, activityId, agent, "big")).andExpect(status().isNotFound());

		this.client.perform(state(HttpMethod.PUT, activityId, agent, "big").contentType("text/plain").content(limit))
			.andExpect(status().isNoContent());
		this.client.perform(state(HttpMethod.PUT, activityId, agent, "big").contentType("text/plain").content(over))
			.andExpect(status().isPayloadTooLarge());
		this.client.perform(state(HttpMethod.GET, activityId, agent, "big")).andExpect(content().bytes(limit));
	}

	@Test
	void postAboveTheLimit_is413AndKeepsTheStoredDocument() throws Exception {
		String agent = TestAgents.agent("account");
		this.client
			.perform(this.client.request(HttpMethod.POST, "/xapi/agents/profile")
				.param("agent", agent)
				.param("profileId", "p")
				.contentType("application/json")
				.content("{\"small\":true}"))
			.andExpect(status().isNoContent());

		String large = "{\"large\":\"" + "x".repeat(2000) + "\"}";
		this.client
			.perform(this.client.request(HttpMethod.POST, "/xapi/agents/profile")
				.param("agent", agent)
				.param("profileId", "p")
				.contentType("application/json")
				.content(large))
			.andExpect(status().isPayloadTooLarge());

		this.client
			.perform(this.client.request(HttpMethod.GET, "/xapi/agents/profile")
				.param("agent", agent)
				.param("profileId", "p"))
			.andExpect(content().json("{\"small\":true}", true));
	}

	private MockHttpServletRequestBuilder state(HttpMethod method, String activityId, String agent, String id) {
		return this.client.request(method, "/xapi/activities/state")
			.param("activityId", activityId)
			.param("agent", agent)
			.param("stateId", id);
	}

}
