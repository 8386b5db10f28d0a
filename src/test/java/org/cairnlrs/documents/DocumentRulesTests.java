/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.cairnlrs.support.LrsTest;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletRequest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The rules that depend on the xAPI version, and the parsing of the precondition headers.
 */
@LrsTest
class DocumentRulesTests {

	@Autowired
	DocumentService documents;

	@Test
	void unconditionalPut_dependsOnResourceAndVersion() {
		assertThat(UnconditionalPut.of(DocumentResource.STATE, XapiVersion.V1_0_3)).isEqualTo(UnconditionalPut.REPLACE);
		assertThat(UnconditionalPut.of(DocumentResource.AGENT_PROFILE, XapiVersion.V1_0_3))
			.isEqualTo(UnconditionalPut.REFUSE);
		assertThat(UnconditionalPut.of(DocumentResource.ACTIVITY_PROFILE, XapiVersion.V1_0_3))
			.isEqualTo(UnconditionalPut.REFUSE);
		for (DocumentResource resource : DocumentResource.values()) {
			assertThat(UnconditionalPut.of(resource, XapiVersion.V2_0_0)).isEqualTo(UnconditionalPut.CREATE_ONLY);
		}
	}

	@Test
	void stateUnder2_0_createsWithoutHeadersButRefusesToOverwrite() {
		DocumentKey key = new DocumentKey(DocumentResource.STATE,
				List.of(TestAgents.activityId(), "mbox:mailto:v2@example.com", ""), "s");
		this.documents.put(key, body("{\"v\":1}"), Preconditions.NONE, XapiVersion.V2_0_0);

		assertThatExceptionOfType(XapiException.class)
			.isThrownBy(() -> this.documents.put(key, body("{\"v\":2}"), Preconditions.NONE, XapiVersion.V2_0_0))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(409));
		assertThat(new String(this.documents.find(key).orElseThrow().content(), StandardCharsets.UTF_8))
			.isEqualTo("{\"v\":1}");
	}

	@Test
	void preconditions_parseQuotedWeakAndListedTags() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("If-Match", "\"ABC\", W/\"weak\"");
		request.addHeader("If-Match", "plain");
		request.addHeader("If-None-Match", "W/\"seen\"");

		Preconditions preconditions = Preconditions.of(request);

		assertThat(preconditions.ifMatch()).containsExactly("abc", "plain");
		assertThat(preconditions.ifMatchAny()).isFalse();
		assertThat(preconditions.ifNoneMatch()).containsExactly("seen");
	}

	@Test
	void preconditions_starAndAbsence() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("If-None-Match", "*");

		Preconditions preconditions = Preconditions.of(request);

		assertThat(preconditions.ifNoneMatchAny()).isTrue();
		assertThat(preconditions.ifMatch()).isNull();
		assertThat(preconditions.allow(null)).isTrue();
		assertThat(Preconditions.of(new MockHttpServletRequest()).absent()).isTrue();
	}

	@Test
	void preconditions_malformedHeader_is400() {
		MockHttpServletRequest request = new MockHttpServletRequest();
		request.addHeader("If-Match", "\"a\"b\"");

		assertThatExceptionOfType(XapiException.class).isThrownBy(() -> Preconditions.of(request))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(400));
	}

	@Test
	void jsonContentType_ignoresParametersAndCase() {
		assertThat(JsonDocuments.isJson("application/json")).isTrue();
		assertThat(JsonDocuments.isJson("Application/JSON; charset=utf-8")).isTrue();
		assertThat(JsonDocuments.isJson("application/json-patch+json")).isFalse();
		assertThat(JsonDocuments.isJson("text/plain")).isFalse();
		assertThat(JsonDocuments.isJson(null)).isFalse();
	}

	private static DocumentBody body(String json) {
		return new DocumentBody(json.getBytes(StandardCharsets.UTF_8), "application/json");
	}

}
