/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.time.Instant;
import java.util.stream.Stream;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.emptyString;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The document rules by xAPI version, on one database: a PUT without If-Match or
 * If-None-Match (1.0.3 Communication 3.1, 2.0 LRS 4.1.4), If-Match on PUT, POST and
 * DELETE, and the headers of a GET (2.0 LRS 4.1.6.2, 4.1.6.5, 4.1.6.6).
 */
@LrsTest
class DocumentVersionRulesTests {

	@Autowired
	XapiClient xapi;

	static Stream<Arguments> resourcesAndVersions() {
		return Stream.of(DocumentResource.values())
			.flatMap((resource) -> Stream.of(arguments(resource, "1.0.3"), arguments(resource, "2.0.0")));
	}

	/**
	 * 1.0.3 replaces a State document but refuses to overwrite a profile with 409; 2.0
	 * refuses on every Document Resource.
	 */
	@ParameterizedTest(name = "{0} under {1}")
	@MethodSource("resourcesAndVersions")
	void putWithoutPreconditionOnAnExistingDocument(DocumentResource resource, String version) throws Exception {
		XapiClient client = this.xapi.withVersion(version);
		Document document = new Document(resource);
		client.perform(document.request(client, HttpMethod.PUT).header("If-None-Match", "*").content("{\"v\":1}"))
			.andExpect(status().isNoContent());

		boolean replaces = resource == DocumentResource.STATE && version.equals("1.0.3");
		client.perform(document.request(client, HttpMethod.PUT).content("{\"v\":2}"))
			.andExpect(status().is(replaces ? 204 : 409))
			.andExpect(header().string(XapiClient.VERSION_HEADER, version))
			.andExpect(content().string(replaces ? emptyString() : not(emptyString())));
		client.perform(document.request(client, HttpMethod.GET))
			.andExpect(content().json(replaces ? "{\"v\":2}" : "{\"v\":1}", true));
	}

	/**
	 * 1.0.3 wants a precondition on a new profile (400); 2.0 and the 1.0.3 State resource
	 * create it.
	 */
	@ParameterizedTest(name = "{0} under {1}")
	@MethodSource("resourcesAndVersions")
	void putWithoutPreconditionOnANewDocument(DocumentResource resource, String version) throws Exception {
		XapiClient client = this.xapi.withVersion(version);
		Document document = new Document(resource);

		boolean refuses = resource != DocumentResource.STATE && version.equals("1.0.3");
		client.perform(document.request(client, HttpMethod.PUT).content("{\"v\":1}"))
			.andExpect(status().is(refuses ? 400 : 204));
		client.perform(document.request(client, HttpMethod.GET)).andExpect(status().is(refuses ? 404 : 200));
	}

	@ParameterizedTest(name = "{0} under {1}")
	@MethodSource("resourcesAndVersions")
	void ifMatchWithAnotherEtag_is412ForPutPostAndDelete(DocumentResource resource, String version) throws Exception {
		XapiClient client = this.xapi.withVersion(version);
		Document document = new Document(resource);
		client.perform(document.request(client, HttpMethod.PUT).header("If-None-Match", "*").content("{\"v\":1}"))
			.andExpect(status().isNoContent());
		String stale = "\"" + "0".repeat(40) + "\"";

		for (HttpMethod method : new HttpMethod[] { HttpMethod.PUT, HttpMethod.POST, HttpMethod.DELETE }) {
			client.perform(document.request(client, method).header("If-Match", stale).content("{\"w\":2}"))
				.andExpect(status().isPreconditionFailed());
		}
		MockHttpServletResponse current = client.perform(document.request(client, HttpMethod.GET))
			.andExpect(content().json("{\"v\":1}", true))
			.andReturn()
			.getResponse();

		String etag = current.getHeader("ETag");
		client.perform(document.request(client, HttpMethod.POST).header("If-Match", etag).content("{\"w\":2}"))
			.andExpect(status().isNoContent());
		client.perform(document.request(client, HttpMethod.GET)).andExpect(content().json("{\"v\":1,\"w\":2}", true));
	}

	@ParameterizedTest(name = "{0} under {1}")
	@MethodSource("resourcesAndVersions")
	void get_carriesEtagAndLastModified(DocumentResource resource, String version) throws Exception {
		XapiClient client = this.xapi.withVersion(version);
		Document document = new Document(resource);
		long before = Instant.now().minusSeconds(1).toEpochMilli();
		client.perform(document.request(client, HttpMethod.PUT).header("If-None-Match", "*").content("{\"v\":1}"))
			.andExpect(status().isNoContent());

		MockHttpServletResponse response = client.perform(document.request(client, HttpMethod.GET))
			.andExpect(status().isOk())
			.andExpect(header().string(XapiClient.VERSION_HEADER, version))
			.andReturn()
			.getResponse();

		assertThat(response.getHeader("ETag")).matches("\"[0-9a-f]+\"");
		assertThat(response.getDateHeader("Last-Modified")).isBetween(before, Instant.now().toEpochMilli());
	}

	/** A document of its own on one of the three resources. */
	private static final class Document {

		private final DocumentResource resource;

		private final String agent = TestAgents.agent("mbox");

		private final String activityId = TestAgents.activityId();

		Document(DocumentResource resource) {
			this.resource = resource;
		}

		MockHttpServletRequestBuilder request(XapiClient client, HttpMethod method) {
			MockHttpServletRequestBuilder request = switch (this.resource) {
				case STATE -> client.request(method, "/xapi/activities/state")
					.param("activityId", this.activityId)
					.param("agent", this.agent)
					.param("stateId", "bookmark");
				case ACTIVITY_PROFILE -> client.request(method, "/xapi/activities/profile")
					.param("activityId", this.activityId)
					.param("profileId", "settings");
				case AGENT_PROFILE -> client.request(method, "/xapi/agents/profile")
					.param("agent", this.agent)
					.param("profileId", "preferences");
			};
			return request.contentType("application/json");
		}

	}

}
