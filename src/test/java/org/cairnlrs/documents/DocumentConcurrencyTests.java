/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Concurrent writers (Communication 3.1): of several writes made with the same
 * precondition only one wins, and concurrent merges lose nothing.
 */
@LrsTest
class DocumentConcurrencyTests {

	static final int WRITERS = 8;

	@Autowired
	XapiClient client;

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void putsWithTheSameIfMatch_onlyOneWins(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		String activityId = TestAgents.activityId();
		IntFunction<MockHttpServletRequestBuilder> state = (i) -> this.client
			.request(HttpMethod.PUT, "/xapi/activities/state")
			.param("activityId", activityId)
			.param("agent", agent)
			.param("stateId", "contested");
		this.client.perform(state.apply(0).contentType("application/json").content("{\"writer\":-1}"));
		String etag = this.client
			.perform(this.client.request(HttpMethod.GET, "/xapi/activities/state")
				.param("activityId", activityId)
				.param("agent", agent)
				.param("stateId", "contested"))
			.andReturn()
			.getResponse()
			.getHeader("ETag");

		List<MockHttpServletResponse> responses = concurrently((i) -> state.apply(i)
			.header("If-Match", etag)
			.contentType("application/json")
			.content("{\"writer\":" + i + "}"));

		List<Integer> statuses = responses.stream().map(MockHttpServletResponse::getStatus).toList();
		assertThat(statuses).containsOnly(204, 412);
		assertThat(statuses).filteredOn((status) -> status == 204).hasSize(1);
		int winner = statuses.indexOf(204);
		String stored = this.client
			.perform(this.client.request(HttpMethod.GET, "/xapi/activities/state")
				.param("activityId", activityId)
				.param("agent", agent)
				.param("stateId", "contested"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		assertThat(stored).isEqualTo("{\"writer\":" + winner + "}");
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void putsWithIfNoneMatchStar_onlyOneCreates(String kind) throws Exception {
		String agent = TestAgents.agent(kind);

		List<MockHttpServletResponse> responses = concurrently(
				(i) -> this.client.request(HttpMethod.PUT, "/xapi/agents/profile")
					.param("agent", agent)
					.param("profileId", "new")
					.header("If-None-Match", "*")
					.contentType("application/json")
					.content("{\"writer\":" + i + "}"));

		List<Integer> statuses = responses.stream().map(MockHttpServletResponse::getStatus).toList();
		assertThat(statuses).containsOnly(204, 412);
		assertThat(statuses).filteredOn((status) -> status == 204).hasSize(1);
	}

	@ParameterizedTest
	@MethodSource("org.cairnlrs.documents.TestAgents#kinds")
	void concurrentMerges_loseNoProperty(String kind) throws Exception {
		String agent = TestAgents.agent(kind);
		String activityId = TestAgents.activityId();

		List<MockHttpServletResponse> responses = concurrently(
				(i) -> this.client.request(HttpMethod.POST, "/xapi/activities/state")
					.param("activityId", activityId)
					.param("agent", agent)
					.param("stateId", "merged")
					.contentType("application/json")
					.content("{\"key" + i + "\":" + i + "}"));

		assertThat(responses).allSatisfy((response) -> assertThat(response.getStatus()).isEqualTo(204));
		String stored = this.client
			.perform(this.client.request(HttpMethod.GET, "/xapi/activities/state")
				.param("activityId", activityId)
				.param("agent", agent)
				.param("stateId", "merged"))
			.andReturn()
			.getResponse()
			.getContentAsString();
		for (int i = 0; i < WRITERS; i++) {
			assertThat(stored).contains("\"key" + i + "\":" + i);
		}
	}

	private List<MockHttpServletResponse> concurrently(IntFunction<MockHttpServletRequestBuilder> requests)
			throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		List<Future<MockHttpServletResponse>> futures = new ArrayList<>();
		try (ExecutorService executor = Executors.newFixedThreadPool(WRITERS)) {
			for (int i = 0; i < WRITERS; i++) {
				MockHttpServletRequestBuilder request = requests.apply(i);
				Callable<MockHttpServletResponse> call = () -> {
					start.await();
					return this.client.perform(request).andReturn().getResponse();
				};
				futures.add(executor.submit(call));
			}
			start.countDown();
			List<MockHttpServletResponse> responses = new ArrayList<>();
			for (Future<MockHttpServletResponse> future : futures) {
				responses.add(future.get());
			}
			return responses;
		}
	}

}
