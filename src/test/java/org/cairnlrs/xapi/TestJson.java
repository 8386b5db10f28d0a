/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * JSON fixtures and edits for the xAPI tests: statements are written as JSON text, then
 * changed one property at a time by a dotted path such as
 * {@code context.contextActivities.parent[0].id}.
 */
final class TestJson {

	/** Marks a property to remove rather than set. */
	static final String REMOVE = "<remove>";

	static final JsonMapper MAPPER = JsonMapper.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

	private static final Pattern SEGMENT = Pattern.compile("([^.\\[\\]]+)((?:\\[\\d+\\])*)");

	/** The smallest valid Statement: actor, verb and an Activity object. */
	static final String MINIMAL = """
			{
			  "actor": {"mbox": "mailto:learner@example.com"},
			  "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
			  "object": {"id": "http://example.com/activities/course-1"}
			}
			""";

	/** A valid Statement that uses nearly every property of Data 2.4. */
	static final String FULL = """
			{
			  "id": "7ccd3322-e1a5-411a-a67d-6a735c76f119",
			  "actor": {"objectType": "Agent", "name": "Learner One", "mbox": "mailto:learner@example.com"},
			  "verb": {"id": "http://adlnet.gov/expapi/verbs/answered",
			           "display": {"en-US": "answered", "fr": "a répondu"}},
			  "object": {
			    "objectType": "Activity",
			    "id": "http://example.com/quiz/1/question/2",
			    "definition": {
			      "name": {"en-US": "Question 2"},
			      "description": {"en-US": "Which colours are primary?"},
			      "type": "http://adlnet.gov/expapi/activities/cmi.interaction",
			      "moreInfo": "https://example.com/quiz/1/help",
			      "interactionType": "choice",
			      "correctResponsesPattern": ["red[,]blue[,]yellow"],
			      "choices": [
			        {"id": "red", "description": {"en-US": "Red"}},
			        {"id": "green", "description": {"en-US": "Green"}},
			        {"id": "blue", "description": {"en-US": "Blue"}},
			        {"id": "yellow", "description": {"en-US": "Yellow"}}
			      ],
			      "extensions": {"http://example.com/extensions/difficulty": 3}
			    }
			  },
			  "result": {
			    "score": {"scaled": 0.75, "raw": 3, "min": 0, "max": 4},
			    "success": true,
			    "completion": true,
			    "response": "red[,]blue",
			    "duration": "PT1M30.5S",
			    "extensions": {"http://example.com/extensions/attempt": {"number": 2, "hints": null}}
			  },
			  "context": {
			    "registration": "ec531277-b57b-4c15-8d91-d292c5b2b8f7",
			    "instructor": {"objectType": "Agent", "name": "Teacher",
			                   "account": {"homePage": "https://lms.example.com", "name": "t-17"}},
			    "team": {"objectType": "Group", "name": "Team A",
			             "member": [{"mbox": "mailto:learner@example.com"}, {"openid": "https://id.example.com/peer"}]},
			    "contextActivities": {
			      "parent": [{"id": "http://example.com/quiz/1", "objectType": "Activity"}],
			      "grouping": {"id": "http://example.com/course/1"},
			      "category": [{"id": "https://w3id.org/xapi/cmi5/context/categories/cmi5"}],
			      "other": []
			    },
			    "revision": "r2",
			    "platform": "Example LMS",
			    "language": "en-US",
			    "statement": {"objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"},
			    "extensions": {"http://example.com/extensions/session": "s-1"}
			  },
			  "timestamp": "2024-05-01T12:00:00.123+02:00",
			  "stored": "2024-05-01T10:00:01.000Z",
			  "authority": {"objectType": "Agent",
			                "account": {"homePage": "https://lrs.example.com/clients", "name": "client-1"}},
			  "version": "1.0.0",
			  "attachments": [
			    {
			      "usageType": "http://id.tincanapi.com/attachment/certificate-of-completion",
			      "display": {"en-US": "Certificate"},
			      "description": {"en-US": "The certificate", "de": "Das Zertifikat"},
			      "contentType": "application/pdf",
			      "length": 1024,
			      "sha2": "495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a",
			      "fileUrl": "https://files.example.com/certificate.pdf"
			    }
			  ]
			}
			""";

	/**
	 * A valid Statement whose object is a SubStatement with result, context and
	 * timestamp.
	 */
	static final String WITH_SUBSTATEMENT = """
			{
			  "actor": {"objectType": "Agent", "mbox": "mailto:teacher@example.com"},
			  "verb": {"id": "http://example.com/verbs/planned", "display": {"en-US": "planned"}},
			  "object": {
			    "objectType": "SubStatement",
			    "actor": {"objectType": "Group", "member": [{"mbox": "mailto:learner@example.com"}]},
			    "verb": {"id": "http://example.com/verbs/will-visit"},
			    "object": {"id": "http://example.com/website", "definition": {"name": {"en-US": "Website"}}},
			    "result": {"completion": false},
			    "context": {
			      "instructor": {"mbox_sha1sum": "cd9b00a5611f94eaa7b1661edab976068e364975"},
			      "contextActivities": {"parent": {"id": "http://example.com/course/1"}},
			      "platform": "Example LMS"
			    },
			    "timestamp": "2030-01-01T00:00:00Z"
			  }
			}
			""";

	private TestJson() {
	}

	static ObjectNode parse(String json) {
		return (ObjectNode) MAPPER.readTree(json);
	}

	static JsonNode value(String json) {
		return MAPPER.readTree(json);
	}

	/**
	 * A copy of {@code json} with the property at {@code path} set to the JSON value
	 * {@code valueJson}, or removed when it is {@link #REMOVE}. Missing objects on the
	 * way are created.
	 */
	static ObjectNode with(String json, String path, String valueJson) {
		ObjectNode root = parse(json);
		set(root, path, valueJson);
		return root;
	}

	static void set(ObjectNode root, String path, String valueJson) {
		String[] segments = path.split("\\.");
		JsonNode current = root;
		for (int i = 0; i < segments.length; i++) {
			Matcher m = SEGMENT.matcher(segments[i]);
			if (!m.matches()) {
				throw new IllegalArgumentException("Bad path " + path);
			}
			boolean last = (i == segments.length - 1);
			String key = m.group(1);
			String indexes = m.group(2);
			if (last && indexes.isEmpty()) {
				apply((ObjectNode) current, key, valueJson);
				return;
			}
			ObjectNode parent = (ObjectNode) current;
			if (!parent.has(key)) {
				parent.putObject(key);
			}
			current = parent.get(key);
			String[] positions = indexes.isEmpty() ? new String[0]
					: indexes.substring(1, indexes.length() - 1).split("\\]\\[");
			for (int p = 0; p < positions.length; p++) {
				int position = Integer.parseInt(positions[p]);
				if (last && p == positions.length - 1) {
					ArrayNode array = (ArrayNode) current;
					if (REMOVE.equals(valueJson)) {
						array.remove(position);
					}
					else {
						array.set(position, value(valueJson));
					}
					return;
				}
				current = current.get(position);
			}
		}
	}

	private static void apply(ObjectNode node, String key, String valueJson) {
		if (REMOVE.equals(valueJson)) {
			node.remove(key);
		}
		else {
			node.set(key, value(valueJson));
		}
	}

	static void assertValid(JsonNode statement) {
		assertValid(statement, XapiVersion.V1_0_3);
	}

	static void assertValid(JsonNode statement, XapiVersion version) {
		assertThatCode(() -> StatementValidator.validate(statement, version)).doesNotThrowAnyException();
	}

	static void assertInvalid(JsonNode statement, String expectedPath) {
		assertInvalid(statement, XapiVersion.V1_0_3, expectedPath);
	}

	/**
	 * Asserts a 400 whose message names a property at or below {@code pathPrefix}.
	 */
	static void assertInvalidUnder(JsonNode statement, String pathPrefix) {
		assertThatThrownBy(() -> StatementValidator.validate(statement, XapiVersion.V1_0_3))
			.isInstanceOfSatisfying(XapiException.class, (ex) -> assertNamesPathUnder(ex, pathPrefix));
	}

	static void assertNamesPathUnder(XapiException ex, String pathPrefix) {
		assertThat(ex.status()).isEqualTo(400);
		assertThat(ex.getMessage()).matches(Pattern.quote(pathPrefix) + "([.\\[][^:]*)?: .*");
	}

	/**
	 * Asserts a 400 whose message starts with the JSON path of the problem.
	 */
	static void assertInvalid(JsonNode statement, XapiVersion version, String expectedPath) {
		assertThatThrownBy(() -> StatementValidator.validate(statement, version))
			.isInstanceOfSatisfying(XapiException.class, (ex) -> {
				assertThat(ex.status()).isEqualTo(400);
				assertThat(ex.getMessage()).startsWith(expectedPath + ": ");
			});
	}

}
