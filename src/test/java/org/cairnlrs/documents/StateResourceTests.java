/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.UUID;

import org.cairnlrs.clients.Scope;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The State resource (Communication 2.3) and the document rules it shares with the
 * profile resources (Communication 2.2, 3.1).
 */
@LrsTest
class StateResourceTests {

	static final String STATE = "/xapi/activities/state";

	@Autowired
	XapiClient client;

	String activityId;

	@BeforeEach
	void newActivity() {
		this.activityId = TestAgents.activityId();
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void put_anyContentType_isReturnedByteExactWithEtagAndLastModified(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		byte[] content = { 0, 1, 2, (byte) 0xff, 'x', '\n' };
		Instant before = Instant.now().minusSeconds(1);

		this.client
			.perform(state(HttpMethod.PUT, agent, "bookmark").contentType("application/x-custom").content(content))
			.andExpect(status().isNoContent());

		MvcResult result = this.client.perform(state(HttpMethod.GET, agent, "bookmark"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/x-custom"))
			.andExpect(header().string("ETag", "\"" + sha1(content) + "\""))
			.andExpect(content().bytes(content))
			.andReturn();
		long lastModified = result.getResponse().getDateHeader("Last-Modified");
		assertThat(lastModified).isBetween(before.toEpochMilli(), Instant.now().plusSeconds(1).toEpochMilli());
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void agent_isMatchedByItsIfiAlone(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		this.client
			.perform(state(HttpMethod.PUT, TestAgents.named(agent, "Ann"), "s").contentType("text/plain")
				.content("by ifi"))
			.andExpect(status().isNoContent());

		this.client.perform(state(HttpMethod.GET, TestAgents.named(agent, "Other name"), "s"))
			.andExpect(status().isOk())
			.andExpect(content().string("by ifi"));
		this.client.perform(state(HttpMethod.GET, TestAgents.agent(kind), "s")).andExpect(status().isNotFound());
	}

	@Test
	void put_textWithCharset_keepsContentType() throws Exception {
		String agent = TestAgents.agent("mbox");
		this.client
			.perform(state(HttpMethod.PUT, agent, "notes").contentType("text/plain;charset=UTF-8")
				.content("Grüße".getBytes(StandardCharsets.UTF_8)))
			.andExpect(status().isNoContent());

		this.client.perform(state(HttpMethod.GET, agent, "notes"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("text/plain")))
			.andExpect(header().string("Content-Type", containsString("UTF-8")))
			.andExpect(content().bytes("Grüße".getBytes(StandardCharsets.UTF_8)));
	}

	@Test
	void head_answersLikeGetWithoutBody() throws Exception {
		String agent = TestAgents.agent("openid");
		put(agent, "h", "{\"a\":1}");

		this.client.perform(state(HttpMethod.HEAD, agent, "h"))
			.andExpect(status().isOk())
			.andExpect(header().string("ETag", "\"" + sha1("{\"a\":1}".getBytes(StandardCharsets.UTF_8)) + "\""))
			.andExpect(header().exists("Last-Modified"))
			.andExpect(content().string(""));
	}

	@Test
	void get_missingDocument_is404() throws Exception {
		this.client.perform(state(HttpMethod.GET, TestAgents.agent("mbox"), "nothing"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.message").value(containsString("stateId")));
	}

	@Test
	void delete_missingDocument_is204() throws Exception {
		this.client.perform(state(HttpMethod.DELETE, TestAgents.agent("mbox"), "nothing"))
			.andExpect(status().isNoContent());
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void post_jsonOntoJson_mergesTopLevelProperties(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		post(agent, "suspend", "{\"x\":\"foo\",\"y\":\"bar\",\"nested\":{\"a\":1,\"b\":2}}");
		post(agent, "suspend", "{\"x\":\"bash\",\"z\":\"faz\",\"nested\":{\"c\":3}}");

		this.client.perform(state(HttpMethod.GET, agent, "suspend"))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString("application/json")))
			.andExpect(content().json("{\"x\":\"bash\",\"y\":\"bar\",\"z\":\"faz\",\"nested\":{\"c\":3}}", true));
	}

	@Test
	void post_merge_keepsNumbersExact() throws Exception {
		String agent = TestAgents.agent("mbox");
		post(agent, "n", "{\"big\":12345678901234567890123,\"precise\":0.10000000000000000000001}");
		post(agent, "n", "{\"other\":1}");

		String stored = this.client.perform(state(HttpMethod.GET, agent, "n"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stored).contains("12345678901234567890123").contains("0.10000000000000000000001");
	}

	@Test
	void post_nonJsonOntoJson_is400AndChangesNothing() throws Exception {
		String agent = TestAgents.agent("mbox");
		post(agent, "doc", "{\"kept\":true}");

		this.client.perform(state(HttpMethod.POST, agent, "doc").contentType("text/plain").content("abc"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString("application/json")));

		this.client.perform(state(HttpMethod.GET, agent, "doc")).andExpect(content().json("{\"kept\":true}", true));
	}

	@Test
	void post_jsonOntoNonJson_is400AndChangesNothing() throws Exception {
		String agent = TestAgents.agent("mbox");
		this.client
			.perform(state(HttpMethod.PUT, agent, "doc").contentType("application/octet-stream")
				.content("/ asdf / undefined"))
			.andExpect(status().isNoContent());

		this.client.perform(state(HttpMethod.POST, agent, "doc").contentType("application/json").content("{\"a\":1}"))
			.andExpect(status().isBadRequest());

		this.client.perform(state(HttpMethod.GET, agent, "doc"))
			.andExpect(header().string("Content-Type", "application/octet-stream"))
			.andExpect(content().string("/ asdf / undefined"));
	}

	@Test
	void post_invalidJsonOrNonObject_is400AndChangesNothing() throws Exception {
		String agent = TestAgents.agent("mbox");
		post(agent, "doc", "{\"kept\":true}");

		for (String bad : new String[] { "{\"a\":1}{", "{\"a\":1}[", "[1,2]", "\"text\"", "" }) {
			this.client.perform(state(HttpMethod.POST, agent, "doc").contentType("application/json").content(bad))
				.andExpect(status().isBadRequest());
		}
		this.client.perform(state(HttpMethod.POST, agent, "new").contentType("application/json").content("{\"a\":"))
			.andExpect(status().isBadRequest());

		this.client.perform(state(HttpMethod.GET, agent, "doc")).andExpect(content().json("{\"kept\":true}", true));
		this.client.perform(state(HttpMethod.GET, agent, "new")).andExpect(status().isNotFound());
	}

	@Test
	void post_nonJsonWhenNoDocument_storesIt() throws Exception {
		String agent = TestAgents.agent("mbox");
		this.client.perform(state(HttpMethod.POST, agent, "raw").contentType("text/csv").content("a,b\n1,2\n"))
			.andExpect(status().isNoContent());

		this.client.perform(state(HttpMethod.GET, agent, "raw"))
			.andExpect(header().string("Content-Type", containsString("text/csv")))
			.andExpect(content().string("a,b\n1,2\n"));
	}

	@Test
	void put_withoutPreconditions_replacesState() throws Exception {
		String agent = TestAgents.agent("account");
		put(agent, "s", "{\"v\":1}");
		put(agent, "s", "{\"w\":2}");

		this.client.perform(state(HttpMethod.GET, agent, "s")).andExpect(content().json("{\"w\":2}", true));
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void ifMatch_andIfNoneMatch_areHonouredOnPutPostAndDelete(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		put(agent, "c", "{\"v\":1}");
		String etag = etagOf(agent, "c");
		String wrong = "\"" + "1".repeat(40) + "\"";

		this.client
			.perform(state(HttpMethod.PUT, agent, "c").header("If-Match", wrong)
				.contentType("application/json")
				.content("{\"v\":2}"))
			.andExpect(status().isPreconditionFailed());
		this.client
			.perform(state(HttpMethod.POST, agent, "c").header("If-Match", wrong)
				.contentType("application/json")
				.content("{\"v\":2}"))
			.andExpect(status().isPreconditionFailed());
		this.client.perform(state(HttpMethod.DELETE, agent, "c").header("If-Match", wrong))
			.andExpect(status().isPreconditionFailed());
		this.client
			.perform(state(HttpMethod.PUT, agent, "c").header("If-None-Match", "*")
				.contentType("application/json")
				.content("{\"v\":2}"))
			.andExpect(status().isPreconditionFailed());
		this.client.perform(state(HttpMethod.GET, agent, "c")).andExpect(content().json("{\"v\":1}", true));

		this.client
			.perform(state(HttpMethod.PUT, agent, "c").header("If-Match", etag)
				.contentType("application/json")
				.content("{\"v\":3}"))
			.andExpect(status().isNoContent());
		this.client
			.perform(state(HttpMethod.PUT, agent, "c").header("If-Match", etag)
				.contentType("application/json")
				.content("{\"v\":4}"))
			.andExpect(status().isPreconditionFailed());
		String newEtag = etagOf(agent, "c");
		this.client.perform(state(HttpMethod.DELETE, agent, "c").header("If-Match", newEtag))
			.andExpect(status().isNoContent());
		this.client.perform(state(HttpMethod.GET, agent, "c")).andExpect(status().isNotFound());
	}

	@Test
	void ifMatch_onMissingDocument_is412() throws Exception {
		String agent = TestAgents.agent("mbox");
		this.client
			.perform(state(HttpMethod.PUT, agent, "none").header("If-Match", "*")
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isPreconditionFailed());
		this.client.perform(state(HttpMethod.GET, agent, "none")).andExpect(status().isNotFound());
	}

	@Test
	void ifNoneMatchStar_createsOnlyOnce() throws Exception {
		String agent = TestAgents.agent("mbox");
		this.client
			.perform(state(HttpMethod.PUT, agent, "once").header("If-None-Match", "*")
				.contentType("application/json")
				.content("{\"first\":true}"))
			.andExpect(status().isNoContent());
		this.client
			.perform(state(HttpMethod.PUT, agent, "once").header("If-None-Match", "*")
				.contentType("application/json")
				.content("{\"second\":true}"))
			.andExpect(status().isPreconditionFailed());

		this.client.perform(state(HttpMethod.GET, agent, "once")).andExpect(content().json("{\"first\":true}", true));
	}

	@Test
	void registration_separatesDocuments_andSetsCoverEveryRegistrationWhenNoneIsGiven() throws Exception {
		String agent = TestAgents.agent("mbox");
		String registration = UUID.randomUUID().toString();
		put(agent, "a", "{}");
		this.client
			.perform(state(HttpMethod.PUT, agent, "b").param("registration", registration)
				.contentType("application/json")
				.content("{}"))
			.andExpect(status().isNoContent());

		this.client.perform(state(HttpMethod.GET, agent, "b")).andExpect(status().isNotFound());
		this.client.perform(set(HttpMethod.GET, agent))
			.andExpect(status().isOk())
			.andExpect(content().json("[\"a\",\"b\"]", true));
		this.client.perform(set(HttpMethod.GET, agent).param("registration", registration.toUpperCase()))
			.andExpect(content().json("[\"b\"]", true));

		this.client.perform(set(HttpMethod.DELETE, agent).param("registration", registration))
			.andExpect(status().isNoContent());
		this.client.perform(set(HttpMethod.GET, agent)).andExpect(content().json("[\"a\"]", true));
		this.client.perform(set(HttpMethod.DELETE, agent)).andExpect(status().isNoContent());
		this.client.perform(set(HttpMethod.GET, agent)).andExpect(content().json("[]", true));
	}

	@Test
	void ids_since_isExclusiveAndCarriesNewestLastModified() throws Exception {
		String agent = TestAgents.agent("openid");
		put(agent, "old", "{}");
		Thread.sleep(20);
		Instant between = Instant.now();
		Thread.sleep(20);
		put(agent, "new", "{}");

		MvcResult all = this.client.perform(set(HttpMethod.GET, agent))
			.andExpect(content().json("[\"new\",\"old\"]", true))
			.andExpect(header().exists("ETag"))
			.andReturn();
		assertThat(all.getResponse().getDateHeader("Last-Modified")).isGreaterThan(0);
		this.client.perform(set(HttpMethod.GET, agent).param("since", between.toString()))
			.andExpect(content().json("[\"new\"]", true));
		this.client.perform(set(HttpMethod.GET, agent).param("since", Instant.now().plusSeconds(5).toString()))
			.andExpect(content().json("[]", true))
			.andExpect(header().doesNotExist("Last-Modified"));
	}

	@Test
	void parameters_missingOrInvalid_are400NamingTheParameter() throws Exception {
		String agent = TestAgents.agent("mbox");
		expect400(this.client.request(HttpMethod.GET, STATE).param("agent", agent).param("stateId", "s"), "activityId");
		expect400(this.client.request(HttpMethod.GET, STATE).param("activityId", this.activityId).param("stateId", "s"),
				"agent");
		expect400(state(HttpMethod.PUT, agent, null).contentType("application/json").content("{}"), "stateId");
		expect400(state(HttpMethod.POST, agent, null).contentType("application/json").content("{}"), "stateId");
		expect400(state(HttpMethod.GET, "not JSON", "s"), "agent");
		expect400(state(HttpMethod.GET, "true", "s"), "agent");
		expect400(state(HttpMethod.GET, "{\"name\":\"no ifi\"}", "s"), "agent");
		expect400(state(HttpMethod.GET, "{\"objectType\":\"Group\",\"mbox\":\"mailto:g@example.com\"}", "s"), "agent");
		expect400(state(HttpMethod.GET, "{\"mbox\":\"learner@example.com\"}", "s"), "agent");
		expect400(state(HttpMethod.GET, agent, "s").param("registration", "true"), "registration");
		expect400(this.client.request(HttpMethod.GET, STATE)
			.param("activityId", "not an iri")
			.param("agent", agent)
			.param("stateId", "s"), "activityId");
		expect400(set(HttpMethod.GET, agent).param("since", "not a timestamp"), "since");
		expect400(state(HttpMethod.GET, agent, "s").param("since", Instant.now().toString()), "since");
		expect400(state(HttpMethod.GET, agent, "s").param("profileId", "p"), "profileId");
		expect400(state(HttpMethod.GET, agent, "s").param("StateId", "s"), "StateId");
		expect400(state(HttpMethod.GET, agent, "s").param("stateId", "again"), "stateId");
		expect400(state(HttpMethod.GET, agent, ""), "stateId");
	}

	@Test
	void scopes_areHonoured() throws Exception {
		String agent = TestAgents.agent("mbox");
		put(agent, "s", "{}");

		XapiClient writer = this.client.as(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ));
		writer.perform(as(writer, HttpMethod.GET, agent)).andExpect(status().isForbidden());
		writer.perform(as(writer, HttpMethod.PUT, agent).contentType("application/json").content("{}"))
			.andExpect(status().isForbidden());
		XapiClient profile = this.client.as(EnumSet.of(Scope.PROFILE));
		profile.perform(as(profile, HttpMethod.GET, agent)).andExpect(status().isForbidden());

		XapiClient reader = this.client.as(EnumSet.of(Scope.ALL_READ));
		reader.perform(as(reader, HttpMethod.GET, agent)).andExpect(status().isOk());
		reader.perform(as(reader, HttpMethod.DELETE, agent)).andExpect(status().isForbidden());

		XapiClient state = this.client.as(EnumSet.of(Scope.STATE));
		state.perform(as(state, HttpMethod.PUT, agent).contentType("application/json").content("{\"by\":\"state\"}"))
			.andExpect(status().isNoContent());
		state.perform(as(state, HttpMethod.GET, agent)).andExpect(content().json("{\"by\":\"state\"}", true));
	}

	private MockHttpServletRequestBuilder as(XapiClient other, HttpMethod method, String agent) {
		return other.request(method, STATE)
			.param("activityId", this.activityId)
			.param("agent", agent)
			.param("stateId", "s");
	}

	private void expect400(MockHttpServletRequestBuilder request, String parameter) throws Exception {
		this.client.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString(parameter)));
	}

	MockHttpServletRequestBuilder state(HttpMethod method, String agent, String stateId) {
		MockHttpServletRequestBuilder request = set(method, agent);
		return (stateId != null) ? request.param("stateId", stateId) : request;
	}

	MockHttpServletRequestBuilder set(HttpMethod method, String agent) {
		return this.client.request(method, STATE).param("activityId", this.activityId).param("agent", agent);
	}

	void put(String agent, String stateId, String json) throws Exception {
		this.client.perform(state(HttpMethod.PUT, agent, stateId).contentType("application/json").content(json))
			.andExpect(status().isNoContent());
	}

	void post(String agent, String stateId, String json) throws Exception {
		this.client.perform(state(HttpMethod.POST, agent, stateId).contentType("application/json").content(json))
			.andExpect(status().isNoContent());
	}

	String etagOf(String agent, String stateId) throws Exception {
		return this.client.perform(state(HttpMethod.GET, agent, stateId))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("ETag");
	}

	static String sha1(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
	}

}
