/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnlrs.xapi.TestJson.FULL;
import static org.cairnlrs.xapi.TestJson.REMOVE;
import static org.cairnlrs.xapi.TestJson.WITH_SUBSTATEMENT;
import static org.cairnlrs.xapi.TestJson.parse;
import static org.cairnlrs.xapi.TestJson.with;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * "Same Statement" under Data 2.3.1 and under 2.0 LRS 4.2 "Statement Immutability": the
 * stored Statement against one sent again with the same id.
 */
class StatementComparatorTests {

	private static final String MINIMAL_GROUP = """
			{
			  "actor": {"objectType": "Group", "member": [{"mbox": "mailto:x@example.com"}]},
			  "verb": {"id": "http://adlnet.gov/expapi/verbs/completed"},
			  "object": {"id": "http://example.com/activities/course-1"}
			}
			""";

	@Test
	void aStatementIsTheSameAsItself() {
		assertThat(StatementComparator.sameStatement(parse(FULL), parse(FULL))).isTrue();
		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), parse(WITH_SUBSTATEMENT))).isTrue();
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource
	void ignoresDifferencesTheSpecificationExempts(String path, String value) {
		assertThat(StatementComparator.sameStatement(parse(FULL), with(FULL, path, value))).isTrue();
	}

	static Stream<Arguments> ignoresDifferencesTheSpecificationExempts() {
		return Stream.of(
				// Assigned or overwritten by the LRS.
				arguments("id", REMOVE), arguments("stored", "\"2030-01-01T00:00:00Z\""), arguments("stored", REMOVE),
				arguments("authority", "{\"mbox\": \"mailto:someone-else@example.com\"}"), arguments("version", REMOVE),
				arguments("version", "\"1.0.3\""), arguments("timestamp", REMOVE),
				// Serialization of timestamps: the same instant in another zone or
				// precision.
				arguments("timestamp", "\"2024-05-01T10:00:00.123Z\""),
				arguments("timestamp", "\"2024-05-01T10:00:00.123000+00:00\""),
				// Activity definitions and the verb's display are not part of the
				// Statement.
				arguments("object.definition", REMOVE), arguments("object.definition.name", "{\"de\": \"Frage 2\"}"),
				arguments("context.contextActivities.parent[0].definition", "{\"name\": {\"en\": \"Quiz\"}}"),
				arguments("verb.display", "{\"en-GB\": \"answered\"}"), arguments("verb.display", REMOVE),
				// Attachments are not part of the Statement.
				arguments("attachments", REMOVE),
				// Group members are unordered.
				arguments("context.team.member",
						"[{\"openid\": \"https://id.example.com/peer\"}, {\"mbox\": \"mailto:learner@example.com\"}]"),
				// Case-insensitive values.
				arguments("actor.mbox", "\"mailto:learner@EXAMPLE.com\""),
				arguments("context.registration", "\"EC531277-B57B-4C15-8D91-D292C5B2B8F7\""),
				arguments("context.statement.id", "\"6690E6C9-3EF0-4ED3-8B37-7F3964730BEE\""),
				arguments("context.language", "\"en-us\""),
				// Defaults and forms the LRS itself may return.
				arguments("actor.objectType", REMOVE), arguments("object.objectType", REMOVE),
				arguments("context.contextActivities.grouping", "[{\"id\": \"http://example.com/course/1\"}]"),
				arguments("context.contextActivities.parent", "{\"id\": \"http://example.com/quiz/1\"}"),
				// Durations beyond 0.01 s, and numbers written differently.
				arguments("result.duration", "\"PT1M30.504S\""), arguments("result.duration", "\"PT1M30.50S\""),
				arguments("result.score.raw", "3.0"), arguments("result.score.max", "4.00"));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource
	void noticesDifferencesThatCount(String path, String value) {
		assertThat(StatementComparator.sameStatement(parse(FULL), with(FULL, path, value))).isFalse();
	}

	static Stream<Arguments> noticesDifferencesThatCount() {
		return Stream.of(arguments("timestamp", "\"2024-05-01T12:00:00.123Z\""),
				arguments("actor.mbox", "\"mailto:LEARNER@example.com\""), arguments("actor.name", "\"Learner 1\""),
				arguments("actor.name", REMOVE), arguments("verb.id", "\"http://adlnet.gov/expapi/verbs/attempted\""),
				arguments("object.id", "\"http://example.com/quiz/1/question/3\""),
				arguments("object.id", "\"HTTP://example.com/quiz/1/question/2\""), arguments("result.score.raw", "2"),
				arguments("result.success", "false"), arguments("result.response", "\"red\""),
				arguments("result.duration", "\"PT1M31S\""), arguments("result.duration", "\"PT90.5S\""),
				arguments("result", REMOVE),
				arguments("result.extensions", "{\"http://example.com/extensions/attempt\": {\"number\": 3}}"),
				arguments("context.registration", "\"ec531277-b57b-4c15-8d91-d292c5b2b8f8\""),
				arguments("context.team.member[1]", "{\"openid\": \"https://id.example.com/other\"}"),
				arguments("context.team.member", "[{\"mbox\": \"mailto:learner@example.com\"}]"),
				arguments("context.instructor.name", "\"Another Teacher\""),
				arguments("context.contextActivities.parent[0].id", "\"http://example.com/quiz/2\""),
				arguments("context.contextActivities.other", "[{\"id\": \"http://example.com/x\"}]"),
				arguments("context.revision", "\"r3\""), arguments("context.platform", REMOVE),
				arguments("context.extensions", "{\"http://example.com/extensions/session\": \"s-2\"}"),
				arguments("context", REMOVE));
	}

	@Test
	void comparesSubStatementTimestampsAsInstants() {
		ObjectNode sameInstant = with(WITH_SUBSTATEMENT, "object.timestamp", "\"2030-01-01T01:00:00+01:00\"");
		ObjectNode otherInstant = with(WITH_SUBSTATEMENT, "object.timestamp", "\"2030-01-02T00:00:00Z\"");
		ObjectNode noTimestamp = with(WITH_SUBSTATEMENT, "object.timestamp", REMOVE);

		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), sameInstant)).isTrue();
		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), otherInstant)).isFalse();
		// The LRS never assigns a SubStatement's timestamp, so its absence is a
		// difference.
		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), noTimestamp)).isFalse();
	}

	@Test
	void comparesTheObjectOfASubStatement() {
		ObjectNode otherActivity = with(WITH_SUBSTATEMENT, "object.object.id", "\"http://example.com/other\"");
		ObjectNode otherDefinition = with(WITH_SUBSTATEMENT, "object.object.definition", REMOVE);

		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), otherActivity)).isFalse();
		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), otherDefinition)).isTrue();
	}

	@Test
	void truncatesDurationsToHundredthsOfASecond() {
		assertThat(StatementComparator.truncateDuration("PT1.2345S")).isEqualTo("PT1.23S");
		assertThat(StatementComparator.truncateDuration("PT1.20S")).isEqualTo("PT1.2S");
		assertThat(StatementComparator.truncateDuration("PT1.001S")).isEqualTo("PT1S");
		assertThat(StatementComparator.truncateDuration("PT1S")).isEqualTo("PT1S");
		assertThat(StatementComparator.truncateDuration("P1.5D")).isEqualTo("P1.5D");
	}

	@Test
	void comparesNumbersOutsideTheRangeOfADoubleWithoutFailing() {
		// A double parser reads 1e400 as infinity; such values must still compare.
		String huge = "{\"http://example.com/ex\": 1e400}";

		assertThat(StatementComparator.sameStatement(with(FULL, "result.extensions", huge),
				with(FULL, "result.extensions", huge)))
			.isTrue();
		assertThat(StatementComparator.sameStatement(with(FULL, "result.extensions", huge),
				with(FULL, "result.extensions", "{\"http://example.com/ex\": -1e400}")))
			.isFalse();
		assertThat(StatementComparator.sameStatement(with(FULL, "result.extensions", huge), parse(FULL))).isFalse();
	}

	@Test
	void doesNotChangeItsInputs() {
		ObjectNode a = parse(FULL);
		ObjectNode b = with(FULL, "context.contextActivities.grouping", "[{\"id\": \"http://example.com/course/1\"}]");
		String before = a.toString() + b.toString();

		StatementComparator.sameStatement(a, b);

		assertThat(a.toString() + b.toString()).isEqualTo(before);
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource
	void under2_0_onlyActorVerbObjectAndDurationCount_caseNever(String path, String value) {
		ObjectNode changed = with(FULL, path, value);

		assertThat(StatementComparator.sameStatement(parse(FULL), changed, XapiVersion.V2_0_0)).isTrue();
	}

	static Stream<Arguments> under2_0_onlyActorVerbObjectAndDurationCount_caseNever() {
		return Stream.of(arguments("timestamp", "\"2024-05-01T12:00:00.123Z\""), arguments("result.score.raw", "2"),
				arguments("result.success", "false"), arguments("result.response", "\"red\""),
				arguments("context", REMOVE),
				arguments("context.registration", "\"ec531277-b57b-4c15-8d91-d292c5b2b8f8\""),
				arguments("context.contextAgents", StatementVersionsTests.CONTEXT_AGENTS),
				arguments("actor.mbox", "\"mailto:LEARNER@example.com\""),
				arguments("object.id", "\"HTTP://EXAMPLE.com/quiz/1/question/2\""),
				arguments("verb.id", "\"http://adlnet.gov/expapi/verbs/ANSWERED\""),
				arguments("result.duration", "\"PT1M30.509S\""), arguments("version", "\"2.0.0\""));
	}

	@ParameterizedTest(name = "{0} = {1}")
	@MethodSource
	void under2_0_actorVerbObjectAndDurationStillCount(String path, String value) {
		ObjectNode changed = with(FULL, path, value);

		assertThat(StatementComparator.sameStatement(parse(FULL), changed, XapiVersion.V2_0_0)).isFalse();
	}

	static Stream<Arguments> under2_0_actorVerbObjectAndDurationStillCount() {
		return Stream.of(arguments("actor.mbox", "\"mailto:other@example.com\""), arguments("actor.name", "\"Other\""),
				arguments("verb.id", "\"http://adlnet.gov/expapi/verbs/attempted\""),
				arguments("object.id", "\"http://example.com/quiz/1/question/3\""),
				arguments("result.duration", "\"PT1M31S\""), arguments("result.duration", REMOVE));
	}

	@Test
	void under2_0_groupMembersCompareInAnyOrderAndCase() {
		String members = "[{\"mbox\": \"mailto:b@example.com\"}, {\"mbox\": \"mailto:A@example.com\"}]";
		String reordered = "[{\"mbox\": \"mailto:a@example.com\"}, {\"mbox\": \"mailto:B@example.com\"}]";
		ObjectNode group = with(MINIMAL_GROUP, "actor.member", members);

		assertThat(StatementComparator.sameStatement(group, with(MINIMAL_GROUP, "actor.member", reordered),
				XapiVersion.V2_0_0))
			.isTrue();
		assertThat(StatementComparator.sameStatement(group, with(MINIMAL_GROUP, "actor.member", reordered),
				XapiVersion.V1_0_3))
			.isFalse();
	}

	@Test
	void under2_0_aSubStatementIsComparedAsAWhole_butNotItsTimestamp() {
		ObjectNode otherResult = with(WITH_SUBSTATEMENT, "object.result.completion", "true");
		ObjectNode otherTimestamp = with(WITH_SUBSTATEMENT, "object.timestamp", "\"2031-01-01T00:00:00Z\"");

		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), otherResult, XapiVersion.V2_0_0))
			.isFalse();
		assertThat(StatementComparator.sameStatement(parse(WITH_SUBSTATEMENT), otherTimestamp, XapiVersion.V2_0_0))
			.isTrue();
	}

	@Test
	void under1_0_3_theRulesOfData2_3_1Apply() {
		ObjectNode otherResult = with(FULL, "result.success", "false");

		assertThat(StatementComparator.sameStatement(parse(FULL), otherResult, XapiVersion.V1_0_3)).isFalse();
		assertThat(StatementComparator.sameStatement(parse(FULL), otherResult, XapiVersion.V2_0_0)).isTrue();
	}

	@Test
	void sameAsStored_comparesWithWhatTheSenderReads() {
		ObjectNode stored = with(FULL, "context.contextAgents", StatementVersionsTests.CONTEXT_AGENTS);
		stored.put("version", "2.0.0");

		assertThat(StatementComparator.sameAsStored(stored, parse(FULL), XapiVersion.V1_0_3)).isTrue();
		assertThat(StatementComparator.sameStatement(stored, parse(FULL), XapiVersion.V1_0_3)).isFalse();
		assertThat(StatementComparator.sameAsStored(stored, with(FULL, "result.success", "false"), XapiVersion.V1_0_3))
			.isFalse();
	}

}
