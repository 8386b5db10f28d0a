/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import java.util.EnumSet;
import java.util.List;
import java.util.UUID;

import org.cairnlrs.clients.Scope;
import org.cairnlrs.documents.TestAgents;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Agents resource (Communication 2.4): the Person object combines the names an Agent
 * was seen with in Statements and its identifier.
 */
@LrsTest
class AgentsResourceTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Autowired
	XapiClient client;

	@Autowired
	AgentService agents;

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void agentOfStatements_hasTheNamesItWasSeenWith(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		postStatement(statementBy(TestAgents.named(agent, "Ann Lee")));
		postStatement(statementBy(TestAgents.named(agent, "A. Lee")));
		postStatement(statementBy(agent));

		JsonNode ifi = MAPPER.readTree(agent).get(kind);
		this.client.perform(get(agent))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(content().json(
					"{\"objectType\":\"Person\",\"name\":[\"A. Lee\",\"Ann Lee\"],\"" + kind + "\":[" + ifi + "]}",
					true));
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void unknownAgent_getsAPersonWithWhatTheRequestGave(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		JsonNode ifi = MAPPER.readTree(agent).get(kind);

		this.client.perform(get(TestAgents.named(agent, "Stranger")))
			.andExpect(status().isOk())
			.andExpect(content()
				.json("{\"objectType\":\"Person\",\"name\":[\"Stranger\"],\"" + kind + "\":[" + ifi + "]}", true));
		this.client.perform(get(agent))
			.andExpect(content().json("{\"objectType\":\"Person\",\"" + kind + "\":[" + ifi + "]}", true));
	}

	@Test
	void membersOfGroupsAndObjectAgents_areRecorded() throws Exception {
		String member = TestAgents.agent("openid");
		String objectAgent = TestAgents.agent("account");
		String group = "{\"objectType\":\"Group\",\"name\":\"Team\",\"member\":[" + TestAgents.named(member, "Member")
				+ "]}";
		postStatement("{\"actor\":" + group + ",\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/mentored\"},"
				+ "\"object\":{\"objectType\":\"Agent\"," + TestAgents.named(objectAgent, "Mentee").substring(1) + "}");

		this.client.perform(get(member)).andExpect(jsonPath("$.name[0]").value("Member"));
		this.client.perform(get(objectAgent)).andExpect(jsonPath("$.name[0]").value("Mentee"));
	}

	@Test
	void recordAgents_writesEachNameOnce() throws Exception {
		String agent = TestAgents.named(TestAgents.agent("mbox"), "Once");
		this.agents.recordAgents(List.of(MAPPER.readTree(agent), MAPPER.readTree(agent)));
		this.agents.recordAgents(List.of(MAPPER.readTree(agent)));

		this.client.perform(get(agent)).andExpect(jsonPath("$.name.length()").value(1));
	}

	@Test
	void parameters_missingInvalidOrGroup_are400() throws Exception {
		expect400(this.client.get("/xapi/agents"), "agent");
		expect400(get("not JSON"), "agent");
		expect400(get("{\"objectType\":\"Agent\",\"name\":\"no IFI\"}"), "agent");
		expect400(get("{\"objectType\":\"Group\",\"mbox\":\"mailto:team@example.com\"}"), "agent");
		expect400(get("{\"mbox\":\"mailto:a@example.com\",\"openid\":\"http://o.example.com/a\"}"), "agent");
		expect400(get(TestAgents.agent("mbox")).param("activityId", TestAgents.activityId()), "activityId");
	}

	@Test
	void scopes_stateOnlyClientIsRefused() throws Exception {
		String agent = TestAgents.agent("mbox");
		XapiClient state = this.client.as(EnumSet.of(Scope.STATE));
		state.perform(state.get("/xapi/agents").param("agent", agent)).andExpect(status().isForbidden());

		XapiClient reader = this.client.as(EnumSet.of(Scope.ALL_READ));
		reader.perform(reader.get("/xapi/agents").param("agent", agent)).andExpect(status().isOk());
	}

	private void expect400(MockHttpServletRequestBuilder request, String parameter) throws Exception {
		this.client.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString(parameter)));
	}

	private MockHttpServletRequestBuilder get(String agent) {
		return this.client.get("/xapi/agents").param("agent", agent);
	}

	private static String statementBy(String actor) {
		return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":" + actor + ","
				+ "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},"
				+ "\"object\":{\"id\":\"http://courses.example.com/meeting\"}}";
	}

	private void postStatement(String statement) throws Exception {
		this.client.perform(this.client.json(HttpMethod.POST, statement, "/xapi/statements"))
			.andExpect(status().isOk());
	}

}
