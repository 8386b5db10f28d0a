/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The limits on indexed values ({@link IndexedValues}): a value too long to index, with
 * U+0000 or with an unpaired surrogate is refused with a 400 naming it, the same on every
 * database, and nothing is stored.
 */
@LrsTest
class IndexedValuesTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String LIMIT = "2000 bytes";

	@Autowired
	XapiClient xapi;

	@Autowired
	MockMvc mvc;

	// Statements

	@Test
	@DisplayName("A verb id over the limit is refused with 400 naming verb.id")
	void statement_longVerbId_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		String verb = "http://example.com/verbs/" + "v".repeat(3000);
		putStatement(id, statement(mboxActor(), verb, activityId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("verb.id"), containsString(LIMIT))));
		assertNotStored(id);
	}

	@Test
	@DisplayName("An Activity id over the limit is refused with 400 naming object.id, also in context Activities")
	void statement_longActivityId_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		String activity = "http://example.com/activities/" + "a".repeat(3000);
		putStatement(id, statement(mboxActor(), verb(), activity)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("object.id"), containsString(LIMIT))));
		assertNotStored(id);

		String withParent = withProperty(statement(mboxActor(), verb(), activityId()),
				",\"context\":{\"contextActivities\":{\"parent\":[{\"id\":\"" + activity + "\"}]}}");
		putStatement(id, withParent).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("context.contextActivities.parent[0].id")));
		assertNotStored(id);
	}

	@Test
	@DisplayName("An mbox over the limit is refused with 400 naming actor.mbox")
	void statement_longMbox_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		String actor = "{\"mbox\":\"mailto:" + "m".repeat(3000) + "@example.com\"}";
		putStatement(id, statement(actor, verb(), activityId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("actor.mbox"), containsString(LIMIT))));
		assertNotStored(id);
	}

	@Test
	@DisplayName("An account over the limit is refused with 400 naming actor.account")
	void statement_longAccount_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		putStatement(id, statement(account("n".repeat(3000)), verb(), activityId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("actor.account"), containsString(LIMIT))));
		assertNotStored(id);
	}

	@Test
	@DisplayName("U+0000 in an account name is refused with 400 naming actor.account")
	void statement_nulInAccountName_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		putStatement(id, statement(account("a\\u0000b"), verb(), activityId())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("actor.account"), containsString("U+0000"))));
		assertNotStored(id);
	}

	@Test
	@DisplayName("An unpaired surrogate in a value or a property name is refused with 400 naming the path")
	void statement_loneSurrogate_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		String named = statement("{\"name\":\"\\ud800\",\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.com\"}",
				verb(), activityId());
		putStatement(id, named).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("actor.name"), containsString("surrogate"))));
		assertNotStored(id);

		String value = withProperty(statement(mboxActor(), verb(), activityId()),
				",\"result\":{\"extensions\":{\"http://example.com/ext\":[\"a\\udc00\"]}}");
		putStatement(id, value).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(
					allOf(containsString("result.extensions.http://example.com/ext[0]"), containsString("surrogate"))));
		assertNotStored(id);

		// In a property name the JSON parser already refuses it, naming the path.
		String key = withProperty(statement(mboxActor(), verb(), activityId()),
				",\"result\":{\"extensions\":{\"http://example.com/ext/\\udc00\":1}}");
		putStatement(id, key).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("result.extensions")));
		assertNotStored(id);
	}

	@Test
	@DisplayName("Values of exactly the limit are stored and read back")
	void statement_valuesAtTheLimit_areStored() throws Exception {
		String id = UUID.randomUUID().toString();
		String verbPrefix = "http://example.com/verbs/";
		String verb = verbPrefix + "v".repeat(IndexedValues.MAX_BYTES - verbPrefix.length());
		String activityPrefix = "http://example.com/activities/";
		// Two bytes per character in UTF-8.
		String activity = activityPrefix + "\u00e9".repeat((IndexedValues.MAX_BYTES - activityPrefix.length()) / 2);
		assertThat(activity.getBytes(StandardCharsets.UTF_8)).hasSize(IndexedValues.MAX_BYTES);
		String name = "n".repeat(IndexedValues.MAX_BYTES - "account:http://lms.example.com|".length());

		putStatement(id, statement(account(name), verb, activity)).andExpect(status().isNoContent());
		JsonNode stored = readStatement(id);
		assertThat(stored.path("verb").path("id").stringValue()).isEqualTo(verb);
		assertThat(stored.path("object").path("id").stringValue()).isEqualTo(activity);
		assertThat(stored.path("actor").path("account").path("name").stringValue()).isEqualTo(name);
		this.xapi.perform(this.xapi.get("/xapi/statements").param("verb", verb))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.statements[0].id").value(id));
	}

	@Test
	@DisplayName("An actor name of 5000 bytes is stored and read back exactly, also with U+0000")
	void statement_longAgentName_isStored() throws Exception {
		String id = UUID.randomUUID().toString();
		String mbox = "mailto:" + UUID.randomUUID() + "@example.com";
		String name = "\u00e9".repeat(2500);
		putStatement(id, statement("{\"name\":\"" + name + "\",\"mbox\":\"" + mbox + "\"}", verb(), activityId()))
			.andExpect(status().isNoContent());
		assertThat(readStatement(id).path("actor").path("name").stringValue()).isEqualTo(name);

		String nulId = UUID.randomUUID().toString();
		putStatement(nulId, statement("{\"name\":\"a\\u0000b\",\"mbox\":\"" + mbox + "\"}", verb(), activityId()))
			.andExpect(status().isNoContent());
		assertThat(readStatement(nulId).path("actor").path("name").stringValue()).isEqualTo("a\u0000b");

		// The Agents resource still answers, without the names it could not keep.
		this.xapi.perform(this.xapi.get("/xapi/agents").param("agent", "{\"mbox\":\"" + mbox + "\"}"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.mbox[0]").value(mbox));
	}

	// Documents

	@Test
	@DisplayName("A stateId over the limit is refused with 400 naming stateId; one that fits is stored")
	void state_longStateId_returns400() throws Exception {
		String activity = activityId();
		String agent = agent();
		putState(activity, agent, "s".repeat(3000)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("stateId"), containsString(LIMIT))));
		assertNoStateIds(activity, agent);

		String fits = "s".repeat(IndexedValues.MAX_BYTES - IndexedValues.utf8Length(activity)
				- IndexedValues.utf8Length(Ifi.of(JSON.readTree(agent)).orElseThrow().key()));
		putState(activity, agent, fits).andExpect(status().isNoContent());
		this.xapi
			.perform(this.xapi.get("/xapi/activities/state")
				.param("activityId", activity)
				.param("agent", agent)
				.param("stateId", fits))
			.andExpect(status().isOk());

		putState(activity, agent, fits + "s").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message")
				.value(allOf(containsString("activityId, agent, registration, stateId"), containsString(LIMIT))));
	}

	@Test
	@DisplayName("A stateId of over 8192 bytes in the alternate request syntax is refused with 400")
	void state_longStateIdInAlternateSyntax_returns400() throws Exception {
		String activity = activityId();
		String agent = agent();
		String form = "Authorization=" + encoded(basic()) + "&X-Experience-API-Version=1.0.3&activityId="
				+ encoded(activity) + "&agent=" + encoded(agent) + "&stateId=" + "s".repeat(9000) + "&content="
				+ encoded("{\"a\":1}");
		this.mvc
			.perform(post("/xapi/activities/state?method=PUT").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.content(form))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("stateId"), containsString(LIMIT))));
		assertNoStateIds(activity, agent);
	}

	@Test
	@DisplayName("U+0000 in a stateId is refused with 400 naming stateId")
	void state_nulInStateId_returns400() throws Exception {
		String activity = activityId();
		String agent = agent();
		putState(activity, agent, "a\u0000b").andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("stateId"), containsString("U+0000"))));
		assertNoStateIds(activity, agent);
	}

	@Test
	@DisplayName("U+0000 in an agent's account name or an unpaired surrogate in a profileId is refused with 400")
	void agentProfile_nulOrSurrogate_returns400() throws Exception {
		this.xapi
			.perform(this.xapi.json(HttpMethod.PUT, "{\"a\":1}", "/xapi/agents/profile")
				.param("agent", account("a\\u0000b"))
				.param("profileId", "p"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("agent"), containsString("U+0000"))));
		this.xapi
			.perform(this.xapi.json(HttpMethod.PUT, "{\"a\":1}", "/xapi/agents/profile")
				.param("agent", agent())
				.param("profileId", "p\ud800"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("profileId"), containsString("surrogate"))));
	}

	@Test
	@DisplayName("An agent parameter with U+0000 in its identifier is refused with 400 when reading too")
	void agentParameter_nul_returns400() throws Exception {
		String agent = account("a\\u0000b");
		this.xapi.perform(this.xapi.get("/xapi/statements").param("agent", agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("agent"), containsString("U+0000"))));
		this.xapi.perform(this.xapi.get("/xapi/agents").param("agent", agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("agent"), containsString("U+0000"))));
		this.xapi
			.perform(this.xapi.get("/xapi/activities/state").param("activityId", activityId()).param("agent", agent))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(allOf(containsString("agent"), containsString("U+0000"))));
	}

	private ResultActions putStatement(String id, String statement) throws Exception {
		return this.xapi
			.perform(this.xapi.json(HttpMethod.PUT, statement, "/xapi/statements").param("statementId", id));
	}

	private JsonNode readStatement(String id) throws Exception {
		String body = this.xapi.perform(this.xapi.get("/xapi/statements").param("statementId", id))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		return JSON.readTree(body);
	}

	private void assertNotStored(String id) throws Exception {
		this.xapi.perform(this.xapi.get("/xapi/statements").param("statementId", id)).andExpect(status().isNotFound());
	}

	private ResultActions putState(String activity, String agent, String stateId) throws Exception {
		return this.xapi.perform(this.xapi.json(HttpMethod.PUT, "{\"a\":1}", "/xapi/activities/state")
			.param("activityId", activity)
			.param("agent", agent)
			.param("stateId", stateId));
	}

	private void assertNoStateIds(String activity, String agent) throws Exception {
		this.xapi.perform(this.xapi.get("/xapi/activities/state").param("activityId", activity).param("agent", agent))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.length()").value(0));
	}

	private static String statement(String actor, String verb, String activity) {
		return "{\"actor\":" + actor + ",\"verb\":{\"id\":\"" + verb + "\"},\"object\":{\"id\":\"" + activity + "\"}}";
	}

	private static String withProperty(String statement, String property) {
		return statement.substring(0, statement.length() - 1) + property + "}";
	}

	private static String mboxActor() {
		return "{\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.com\"}";
	}

	private static String account(String name) {
		return "{\"account\":{\"homePage\":\"http://lms.example.com\",\"name\":\"" + name + "\"}}";
	}

	private static String agent() {
		return "{\"mbox\":\"mailto:" + UUID.randomUUID() + "@example.com\"}";
	}

	private static String verb() {
		return "http://example.com/verbs/" + UUID.randomUUID();
	}

	private static String activityId() {
		return "http://example.com/activities/" + UUID.randomUUID();
	}

	private String basic() {
		var credentials = this.xapi.credentials();
		String pair = credentials.client().username() + ":" + credentials.secret();
		return "Basic " + Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	private static String encoded(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
