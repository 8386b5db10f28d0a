/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import org.cairnlrs.clients.Scope;
import org.cairnlrs.documents.TestAgents;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Activities resource (Communication 2.5) with canonical definitions taken from
 * Statements under the {@code define} scope rule of {@link ActivityService}.
 */
@LrsTest
class ActivitiesResourceTests {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	@Autowired
	XapiClient client;

	@Autowired
	ActivityService activities;

	@Test
	void unknownActivity_isStillAnActivityObject() throws Exception {
		String id = TestAgents.activityId();
		this.client.perform(get(id))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"))
			.andExpect(content().json("{\"objectType\":\"Activity\",\"id\":\"" + id + "\"}", true));
	}

	@Test
	void definitionFromAStatement_isReturnedComplete() throws Exception {
		String id = TestAgents.activityId();
		String activity = "{\"objectType\":\"Activity\",\"id\":\"" + id + "\",\"definition\":{"
				+ "\"type\":\"http://adlnet.gov/expapi/activities/meeting\","
				+ "\"name\":{\"en-GB\":\"example meeting\",\"en-US\":\"example meeting\"},"
				+ "\"moreInfo\":\"http://virtualmeeting.example.com/345256\","
				+ "\"extensions\":{\"http://example.com/ext/reporter\":{\"name\":\"Thomas\",\"score\":0.75}}}}";
		postStatements(this.client, statement(activity));

		this.client.perform(get(id)).andExpect(status().isOk()).andExpect(content().json(activity, true));
	}

	@Test
	void languagesFromStatementsOfOneBatch_areMerged() throws Exception {
		String id = TestAgents.activityId();
		postStatements(this.client, statement(activity(id, "{\"name\":{\"en-US\":\"example meeting\"}}")),
				statement(activity(id, "{\"name\":{\"fr-FR\":\"réunion\"}}")));

		this.client.perform(get(id))
			.andExpect(jsonPath("$.definition.name['en-US']").value("example meeting"))
			.andExpect(jsonPath("$.definition.name['fr-FR']").value("réunion"));
	}

	@Test
	void withoutDefine_onlyTheFirstDefinitionIsRecorded_withDefineNewerDefinitionsMerge() throws Exception {
		String id = TestAgents.activityId();
		XapiClient plain = this.client.as(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ));
		XapiClient definer = this.client.as(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.DEFINE));

		postStatements(plain, statement("{\"id\":\"" + id + "\"}"));
		postStatements(plain, statement(activity(id, "{\"name\":{\"en\":\"First\"},\"type\":\"http://t.example/a\"}")));
		postStatements(plain, statement(activity(id, "{\"name\":{\"en\":\"Ignored\",\"de\":\"Ignoriert\"}}")));
		plain.perform(plain.get("/xapi/activities").param("activityId", id))
			.andExpect(content().json("{\"objectType\":\"Activity\",\"id\":\"" + id + "\",\"definition\":"
					+ "{\"name\":{\"en\":\"First\"},\"type\":\"http://t.example/a\"}}", true));

		postStatements(definer, statement(activity(id,
				"{\"name\":{\"de\":\"Zweite\"},\"description\":{\"en\":\"More\"},\"type\":\"http://t.example/b\"}")));
		this.client.perform(get(id))
			.andExpect(content().json("{\"objectType\":\"Activity\",\"id\":\"" + id + "\",\"definition\":"
					+ "{\"name\":{\"en\":\"First\",\"de\":\"Zweite\"},\"description\":{\"en\":\"More\"},"
					+ "\"type\":\"http://t.example/b\"}}", true));
	}

	@Test
	void mergeDefinitions_appliesTheRuleDirectly() throws Exception {
		String id = TestAgents.activityId();
		this.activities.mergeDefinitions(List.of(node(activity(id, "{\"name\":{\"en\":\"A\"},\"choices\":[1]}"))),
				false);
		this.activities.mergeDefinitions(List.of(node(activity(id, "{\"name\":{\"en\":\"B\"}}"))), false);
		this.activities.mergeDefinitions(List.of(node(activity(id, "{\"name\":{\"fr\":\"C\"},\"choices\":[2]}")),
				node(activity(id, "{\"name\":{\"en\":\"D\"}}"))), true);

		this.client.perform(get(id))
			.andExpect(content().json("{\"objectType\":\"Activity\",\"id\":\"" + id + "\",\"definition\":"
					+ "{\"name\":{\"en\":\"D\",\"fr\":\"C\"},\"choices\":[2]}}", true));
	}

	@Test
	void concurrentDefineMerges_loseNoLanguage() throws Exception {
		String id = TestAgents.activityId();
		this.activities.mergeDefinitions(List.of(node(activity(id, "{\"name\":{\"en\":\"Start\"}}"))), true);
		List<String> languages = List.of("de", "fr", "es", "it", "nl", "pt", "sv", "fi");

		try (ExecutorService executor = Executors.newFixedThreadPool(languages.size())) {
			CountDownLatch start = new CountDownLatch(1);
			List<Future<?>> merges = new ArrayList<>();
			for (String language : languages) {
				JsonNode activity = node(activity(id, "{\"name\":{\"" + language + "\":\"" + language + "\"}}"));
				merges.add(executor.submit(() -> {
					start.await();
					this.activities.mergeDefinitions(List.of(activity), true);
					return null;
				}));
			}
			start.countDown();
			for (Future<?> merge : merges) {
				merge.get();
			}
		}

		JsonNode name = this.activities.findDefinition(id).orElseThrow().get("name");
		assertThat(name.propertyNames())
			.containsExactlyInAnyOrderElementsOf(Stream.concat(languages.stream(), Stream.of("en")).toList());
	}

	@Test
	void contextActivities_areRecordedToo() throws Exception {
		String object = TestAgents.activityId();
		String parent = TestAgents.activityId();
		String statement = "{\"actor\":" + TestAgents.agent("mbox") + ","
				+ "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attempted\"}," + "\"object\":{\"id\":\"" + object
				+ "\"}," + "\"context\":{\"contextActivities\":{\"parent\":["
				+ activity(parent, "{\"name\":{\"en\":\"Course\"}}") + "]}}}";
		postStatements(this.client, statement);

		this.client.perform(get(parent)).andExpect(jsonPath("$.definition.name.en").value("Course"));
	}

	@Test
	void parameters_missingInvalidOrUnknown_are400() throws Exception {
		String id = TestAgents.activityId();
		expect400(this.client.get("/xapi/activities"), "activityId");
		expect400(this.client.get("/xapi/activities").param("activityId", "not an IRI"), "activityId");
		expect400(this.client.get("/xapi/activities").param("activityId", id).param("activityId", id), "activityId");
		expect400(get(id).param("agent", TestAgents.agent("mbox")), "agent");
	}

	@Test
	void scopes_writeOnlyClientIsRefused() throws Exception {
		String id = TestAgents.activityId();
		XapiClient writer = this.client.as(EnumSet.of(Scope.STATEMENTS_WRITE));
		writer.perform(writer.get("/xapi/activities").param("activityId", id)).andExpect(status().isForbidden());

		XapiClient mine = this.client.as(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE));
		mine.perform(mine.get("/xapi/activities").param("activityId", id)).andExpect(status().isOk());
	}

	@Test
	void head_answersWithTheSameHeaders() throws Exception {
		String id = TestAgents.activityId();
		this.client.perform(this.client.request(HttpMethod.HEAD, "/xapi/activities").param("activityId", id))
			.andExpect(status().isOk())
			.andExpect(header().exists("ETag"));
	}

	private void expect400(MockHttpServletRequestBuilder request, String parameter) throws Exception {
		this.client.perform(request)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(containsString(parameter)));
	}

	private MockHttpServletRequestBuilder get(String activityId) {
		return this.client.get("/xapi/activities").param("activityId", activityId);
	}

	static String activity(String id, String definition) {
		return "{\"objectType\":\"Activity\",\"id\":\"" + id + "\",\"definition\":" + definition + "}";
	}

	static String statement(String object) {
		return "{\"id\":\"" + UUID.randomUUID() + "\",\"actor\":" + TestAgents.agent("mbox") + ","
				+ "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/attended\"},\"object\":" + object + "}";
	}

	static void postStatements(XapiClient client, String... statements) throws Exception {
		client.perform(client.json(HttpMethod.POST, "[" + String.join(",", statements) + "]", "/xapi/statements"))
			.andExpect(status().isOk());
	}

	private static JsonNode node(String json) {
		return MAPPER.readTree(json);
	}

}
