/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairnlrs.xapi.TestJson.MINIMAL;
import static org.cairnlrs.xapi.TestJson.assertInvalid;
import static org.cairnlrs.xapi.TestJson.assertInvalidUnder;
import static org.cairnlrs.xapi.TestJson.assertValid;
import static org.cairnlrs.xapi.TestJson.parse;
import static org.cairnlrs.xapi.TestJson.with;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Agents and Groups (Data 2.4.2), for each of the four kinds of Inverse Functional
 * Identifier, in every place a Statement holds one, and as the {@code agent} parameter.
 */
class ActorsTests {

	/** One valid and some invalid values for each IFI kind (Data 2.4.2.3, 2.4.2.4). */
	enum IfiKind {

		MBOX("mbox", "\"mailto:learner@example.com\"", "\"http://should.fail.com\"", "\"mailto:should.fail.com\"",
				"\"learner@example.com\"", "\"mailto:\"", "\"\"", "12345"),

		MBOX_SHA1SUM("mbox_sha1sum", "\"cd9b00a5611f94eaa7b1661edab976068e364975\"", "{\"key\": \"value\"}",
				"\"cd9b00a5611f94eaa7b1661edab976068e36497\"", "\"zd9b00a5611f94eaa7b1661edab976068e364975\"", "\"\"",
				"null"),

		OPENID("openid", "\"http://openid.example.org/12345\"", "\"ab=c://should.fail.com\"",
				"\"open.id.com/testUser\"", "\"\"", "[]"),

		ACCOUNT("account", "{\"homePage\": \"http://www.example.com\", \"name\": \"xAPI account name\"}",
				"{\"name\": \"no homePage\"}", "{\"homePage\": \"http://www.example.com\"}",
				"{\"homePage\": \"http://www.example.com\", \"name\": {\"key\": \"value\"}}",
				"{\"homePage\": \"homePage.com/testUser\", \"name\": \"123456\"}",
				"{\"homePage\": \"http://www.example.com\", \"name\": \"x\", \"extra\": 1}", "\"account\"");

		final String property;

		final String valid;

		final List<String> invalid;

		IfiKind(String property, String valid, String... invalid) {
			this.property = property;
			this.valid = valid;
			this.invalid = List.of(invalid);
		}

		String agent(String objectType) {
			String type = (objectType != null) ? "\"objectType\": \"" + objectType + "\", " : "";
			return "{" + type + "\"name\": \"Someone\", \"" + this.property + "\": " + this.valid + "}";
		}

	}

	/**
	 * Every place of a Statement that holds an Agent, and the objectType it needs there.
	 */
	static Stream<Arguments> placesAndKinds() {
		return Stream.of(IfiKind.values())
			.flatMap((kind) -> Stream.of(arguments(kind, "actor", null), arguments(kind, "object", "Agent"),
					arguments(kind, "authority", null), arguments(kind, "context.instructor", null),
					arguments(kind, "context.team.member[0]", null), arguments(kind, "actor.member[0]", null)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("placesAndKinds")
	void acceptsAnAgentWithOneIfi(IfiKind kind, String place, String objectType) {
		assertValid(statementWithAgent(place, kind.agent(objectType)));
	}

	@ParameterizedTest(name = "{0} in {1}")
	@MethodSource("placesAndKinds")
	void rejectsAnInvalidIfiValue(IfiKind kind, String place, String objectType) {
		for (String invalid : kind.invalid) {
			ObjectNode statement = statementWithAgent(place, kind.agent(objectType));
			TestJson.set(statement, place + "." + kind.property, invalid);

			assertInvalidUnder(statement, place + "." + kind.property);
		}
	}

	@ParameterizedTest(name = "{0} with a second IFI in {1}")
	@MethodSource("placesAndKinds")
	void rejectsAnAgentWithTwoIfis(IfiKind kind, String place, String objectType) {
		for (IfiKind other : IfiKind.values()) {
			if (other != kind) {
				ObjectNode statement = statementWithAgent(place, kind.agent(objectType));
				TestJson.set(statement, place + "." + other.property, other.valid);

				assertInvalid(statement, place);
			}
		}
	}

	@ParameterizedTest
	@EnumSource(IfiKind.class)
	void acceptsAnIdentifiedGroupWithOrWithoutMembers(IfiKind kind) {
		String group = kind.agent("Group");
		ObjectNode withMembers = with(MINIMAL, "actor", group);
		TestJson.set(withMembers, "actor.member", "[" + kind.agent(null) + "]");

		assertValid(with(MINIMAL, "actor", group));
		assertValid(withMembers);
		assertValid(with(MINIMAL, "context.team", group));
		assertValid(with(MINIMAL, "context.instructor", group));
	}

	@ParameterizedTest
	@EnumSource(IfiKind.class)
	void rejectsAnIdentifiedGroupWithTwoIfis(IfiKind kind) {
		IfiKind other = IfiKind.values()[(kind.ordinal() + 1) % IfiKind.values().length];
		ObjectNode statement = with(MINIMAL, "actor", kind.agent("Group"));
		TestJson.set(statement, "actor." + other.property, other.valid);

		assertInvalid(statement, "actor");
	}

	@ParameterizedTest
	@EnumSource(IfiKind.class)
	void rejectsAnIdentifiedGroupAsAuthority(IfiKind kind) {
		ObjectNode statement = with(MINIMAL, "authority", kind.agent("Group"));
		TestJson.set(statement, "authority.member",
				"[{\"mbox\": \"mailto:app@example.com\"}, {\"mbox\": \"mailto:user@example.com\"}]");

		assertInvalid(statement, "authority");
	}

	@ParameterizedTest
	@EnumSource(IfiKind.class)
	void requiresObjectTypeForAnAgentAsObject(IfiKind kind) {
		// Without objectType the object is an Activity, which has no IFI property.
		String agent = "{\"" + kind.property + "\": " + kind.valid + "}";

		assertInvalid(with(MINIMAL, "object", agent), "object." + kind.property);
	}

	@ParameterizedTest
	@EnumSource(IfiKind.class)
	void parsesEachKindAsAgentParameter(IfiKind kind) {
		JsonNode agent = Actors.parseAgentParameter(kind.agent("Agent"), "agent", false);

		assertThat(agent.has(kind.property)).isTrue();
		assertThat(Ifi.of(agent)).map(Ifi::kind).contains(kind.property);
	}

	@ParameterizedTest
	@EnumSource(IfiKind.class)
	void rejectsAnInvalidIfiInAgentParameter(IfiKind kind) {
		for (String invalid : kind.invalid) {
			ObjectNode agent = parse(kind.agent(null));
			TestJson.set(agent, kind.property, invalid);

			assertThatThrownBy(() -> Actors.parseAgentParameter(agent.toString(), "agent")).isInstanceOfSatisfying(
					XapiException.class, (ex) -> TestJson.assertNamesPathUnder(ex, "agent." + kind.property));
		}
	}

	@Test
	void acceptsAnIdentifiedGroupParameterOnlyWhereAllowed() {
		String group = IfiKind.MBOX.agent("Group");

		assertThat(Actors.parseAgentParameter(group, "agent").path("objectType").asString()).isEqualTo("Group");
		assertThatThrownBy(() -> Actors.parseAgentParameter(group, "agent", false)).isInstanceOf(XapiException.class)
			.hasMessage("agent: must be an Agent, not a Group");
	}

	@Test
	void rejectsAnAnonymousGroupParameter() {
		assertRejectedParameter("{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.com\"}]}",
				"agent");
	}

	@ParameterizedTest
	@ValueSource(strings = { "true", "12", "\"mailto:a@example.com\"", "[]", "{\"mbox\": \"mailto:a@example.com\"",
			"not json", "{\"mbox\": \"mailto:a@example.com\", \"mbox\": \"mailto:b@example.com\"}", "{}",
			"{\"objectType\": \"agent\", \"mbox\": \"mailto:a@example.com\"}",
			"{\"objectType\": \"Person\", \"mbox\": [\"mailto:a@example.com\"]}",
			"{\"mbox\": \"mailto:a@example.com\", \"extra\": 1}" })
	void rejectsMalformedAgentParameter(String json) {
		assertRejectedParameter(json, "agent");
	}

	@Test
	void rejectsMissingAgentParameter() {
		assertThatThrownBy(() -> Actors.parseAgentParameter(null, "agent")).isInstanceOf(XapiException.class)
			.hasMessage("agent: is required");
	}

	// A 400 naming the parameter, or a property inside it.
	private static void assertRejectedParameter(String json, String expectedPath) {
		assertThatThrownBy(() -> Actors.parseAgentParameter(json, "agent")).isInstanceOfSatisfying(XapiException.class,
				(ex) -> TestJson.assertNamesPathUnder(ex, expectedPath));
	}

	// A valid Statement holding the given Agent at the given place.
	private static ObjectNode statementWithAgent(String place, String agent) {
		ObjectNode statement = parse(MINIMAL);
		if (place.startsWith("context.team")) {
			TestJson.set(statement, "context.team", "{\"objectType\": \"Group\", \"member\": [" + agent + "]}");
		}
		else if (place.equals("actor.member[0]")) {
			TestJson.set(statement, "actor", "{\"objectType\": \"Group\", \"member\": [" + agent + "]}");
		}
		else {
			TestJson.set(statement, place, agent);
		}
		return statement;
	}

}
