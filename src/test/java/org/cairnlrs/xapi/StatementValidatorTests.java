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
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.cairnlrs.xapi.TestJson.FULL;
import static org.cairnlrs.xapi.TestJson.MINIMAL;
import static org.cairnlrs.xapi.TestJson.REMOVE;
import static org.cairnlrs.xapi.TestJson.WITH_SUBSTATEMENT;
import static org.cairnlrs.xapi.TestJson.assertInvalid;
import static org.cairnlrs.xapi.TestJson.assertValid;
import static org.cairnlrs.xapi.TestJson.parse;
import static org.cairnlrs.xapi.TestJson.with;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Statement validation, one rule at a time: each case changes one property of a valid
 * Statement and expects either acceptance or a 400 naming the property's path.
 */
class StatementValidatorTests {

	private static final String AGENT_OBJECT = """
			{"actor": {"mbox": "mailto:a@example.com"}, "verb": {"id": "http://example.com/verbs/met"},
			 "object": {"objectType": "Agent", "mbox": "mailto:b@example.com"}}
			""";

	private static final String STATEMENT_REF_OBJECT = """
			{"actor": {"mbox": "mailto:a@example.com"}, "verb": {"id": "http://example.com/verbs/liked"},
			 "object": {"objectType": "StatementRef", "id": "8f87ccde-bb56-4c2e-ab83-44982ef22df0"}}
			""";

	@Test
	void fixturesAreValid() {
		assertValid(parse(MINIMAL));
		assertValid(parse(FULL));
		assertValid(parse(WITH_SUBSTATEMENT));
		assertValid(parse(AGENT_OBJECT));
		assertValid(parse(STATEMENT_REF_OBJECT));
	}

	@ParameterizedTest(name = "{1} = {2}")
	@MethodSource
	void acceptsValidValue(String base, String path, String value) {
		assertValid(with(base, path, value));
	}

	static Stream<Arguments> acceptsValidValue() {
		return Stream.of(
				// Data 2.4.1, 4.4: standard form, any variant, either case.
				arguments(FULL, "id", "\"7CCD3322-E1A5-411A-A67D-6A735C76F119\""),
				arguments(FULL, "id", "\"7ccd3322-e1a5-411a-c67d-6a735c76f119\""),
				arguments(FULL, "id", "\"00000000-0000-0000-0000-000000000000\""),
				// Data 2.4.7, 4.5: ISO 8601; a zone is only SHOULD*, so none is read as
				// UTC.
				arguments(FULL, "timestamp", "\"2024-05-01T12:00:00Z\""),
				arguments(FULL, "timestamp", "\"2024-05-01T12:00:00.123456789Z\""),
				arguments(FULL, "timestamp", "\"2008-09-15T15:53:00.601+00:00\""),
				arguments(FULL, "timestamp", "\"2024-05-01T12:00:00-05:00\""),
				arguments(FULL, "timestamp", "\"2024-05-01T12:00:00+0530\""),
				arguments(FULL, "timestamp", "\"2024-05-01T12:00:00+01\""),
				arguments(FULL, "timestamp", "\"2024-05-01T12:00:00.5\""),
				arguments(FULL, "timestamp", "\"2024-05-01T12:00Z\""),
				arguments(FULL, "timestamp", "\"2016-12-31T23:59:60Z\""),
				arguments(FULL, "timestamp", "\"2999-01-01T00:00:00Z\""),
				arguments(FULL, "stored", "\"2013-05-18T05:32:34.804Z\""),
				// Data 2.4.10: any 1.0.x.
				arguments(FULL, "version", "\"1.0\""), arguments(FULL, "version", "\"1.0.9\""),
				arguments(FULL, "version", "\"1.0.3\""),
				// Data 4.6 and the conformance suite's durations.
				arguments(FULL, "result.duration", "\"PT1H0M0.1S\""),
				arguments(FULL, "result.duration", "\"PT4H35M59.14S\""),
				arguments(FULL, "result.duration", "\"PT16559.14S\""),
				arguments(FULL, "result.duration", "\"P3Y1M29DT4H35M59.14S\""),
				arguments(FULL, "result.duration", "\"P3Y\""), arguments(FULL, "result.duration", "\"P4W\""),
				arguments(FULL, "result.duration", "\"PT0.0001S\""), arguments(FULL, "result.duration", "\"P1DT12H\""),
				arguments(FULL, "result.duration", "\"PT1,5S\""),
				// Data 4.2: RFC 5646 tags of every shape.
				arguments(FULL, "verb.display", "{\"de\": \"besucht\"}"),
				arguments(FULL, "verb.display", "{\"zh-Hant\": \"x\", \"sr-Latn-RS\": \"y\", \"es-419\": \"z\"}"),
				arguments(FULL, "verb.display", "{\"cmn\": \"x\", \"und\": \"y\", \"zh-yue-HK\": \"z\"}"),
				arguments(FULL, "verb.display", "{\"x-private\": \"x\", \"i-klingon\": \"y\", \"de-CH-1901\": \"z\"}"),
				arguments(FULL, "verb.display", "{\"en-a-bbb-x-a-ccc\": \"x\", \"EN-us\": \"y\"}"),
				arguments(FULL, "verb.display", "{}"), arguments(FULL, "verb", "{\"id\": \"urn:example:verb\"}"),
				arguments(FULL, "context.language", "\"ase\""),
				// Data 2.4.4.1: a definition may be empty or hold any single property.
				arguments(FULL, "object.definition", "{}"),
				arguments(FULL, "object.definition", "{\"interactionType\": \"other\"}"),
				arguments(FULL, "object.definition", "{\"moreInfo\": \"http://example.com/more\"}"),
				arguments(FULL, "object.definition.correctResponsesPattern", "[]"),
				arguments(FULL, "object.definition.choices", "[]"), arguments(FULL, "object.objectType", REMOVE),
				arguments(FULL, "object.id", "\"tag:adlnet.gov,2013:expapi:0.9:activities:x\""),
				arguments(FULL, "object.id", "\"http://example.com/فعل/خواندن\""),
				arguments(FULL, "object.id", "\"http://[2001:db8::1]:8080/a?b=c#d\""),
				// Data 4.1: extension values are free, null included.
				arguments(FULL, "object.definition.extensions", "{}"),
				arguments(FULL, "result.extensions", "{\"http://example.com/ex\": null}"),
				arguments(FULL, "context.extensions", "{\"http://example.com/ex\": \"\"}"),
				arguments(FULL, "context.extensions", "{\"urn:x:ex\": {}}"),
				arguments(FULL, "context.extensions", "{\"urn:x:ex\": 1e400}"),
				// Data 2.4.5.1: bounds are inclusive.
				arguments(FULL, "result.score", "{\"scaled\": 1.0}"),
				arguments(FULL, "result.score", "{\"scaled\": -1.0000}"),
				arguments(FULL, "result.score", "{\"raw\": 0, \"min\": 0, \"max\": 0}"),
				arguments(FULL, "result.score", "{\"raw\": 100.6767676, \"max\": 100.6767676}"),
				arguments(FULL, "result.score", "{}"),
				// Data 2.4.6.2: a single Activity or an array, any of the four keys.
				arguments(FULL, "context.contextActivities.parent", "{\"id\": \"http://example.com/quiz/1\"}"),
				arguments(FULL, "context.contextActivities", "{}"),
				arguments(FULL, "context.instructor",
						"{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:t@example.com\"}]}"),
				arguments(FULL, "context.team",
						"{\"objectType\": \"Group\", \"openid\": \"https://groups.example.com/team-a\"}"),
				// Data 2.4.9: an Agent, or two Agents for 3-legged OAuth.
				arguments(FULL, "authority", """
						{"objectType": "Group", "member": [
						  {"account": {"homePage": "http://example.com/xAPI/OAuth/Token",
						               "name": "oauth_consumer_x75db"}},
						  {"mbox": "mailto:bob@example.com"}]}"""),
				arguments(FULL, "authority", "{\"mbox\": \"mailto:lrs-admin@example.com\"}"),
				// Data 2.4.2: Anonymous and Identified Groups as actor.
				arguments(MINIMAL, "actor", """
						{"objectType": "Group", "name": "Ad hoc", "member": [{"mbox": "mailto:a@example.com"},
						 {"objectType": "Agent",
						  "account": {"homePage": "https://lms.example.com", "name": "42"}}]}"""),
				arguments(MINIMAL, "actor", "{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\"}"),
				arguments(MINIMAL, "actor",
						"{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\", \"member\": []}"),
				// Data 2.4.11: attachments need no fileUrl here (the raw data may come in
				// a part).
				arguments(FULL, "attachments[0].fileUrl", REMOVE), arguments(FULL, "attachments[0].length", "0"),
				arguments(FULL, "attachments[0].contentType", "\"text/plain; charset=ascii\""),
				arguments(FULL, "attachments", "[]"),
				// Data 2.4.6: revision and platform with an Activity object without
				// objectType.
				arguments(MINIMAL, "context", "{\"revision\": \"1\", \"platform\": \"web\"}"),
				// Data 2.3.2: a voiding Statement targets a StatementRef.
				arguments(STATEMENT_REF_OBJECT, "verb.id", "\"http://adlnet.gov/expapi/verbs/voided\""),
				arguments(AGENT_OBJECT, "object",
						"{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:c@example.com\"}]}"),
				// Data 2.4.4.3: a SubStatement may be planned for the future and use any
				// object.
				arguments(with(WITH_SUBSTATEMENT, "object.context.platform", REMOVE).toString(), "object.object",
						"{\"objectType\": \"StatementRef\", \"id\": \"8f87ccde-bb56-4c2e-ab83-44982ef22df0\"}"),
				arguments(WITH_SUBSTATEMENT, "object.attachments", "[]"));
	}

	@ParameterizedTest(name = "{1} = {2} is rejected at {3}")
	@MethodSource
	void rejectsInvalidValue(String base, String path, String value, String expectedPath) {
		assertInvalid(with(base, path, value), expectedPath);
	}

	static Stream<Arguments> rejectsInvalidValue() {
		return Stream.concat(Stream.concat(statementCases(), actorAndVerbCases()), Stream
			.concat(Stream.concat(objectCases(), resultCases()), Stream.concat(contextCases(), subStatementCases())));
	}

	// Data 2.2, 2.4, 2.4.1, 2.4.7, 2.4.8, 2.4.10, 2.4.11
	static Stream<Arguments> statementCases() {
		return Stream.of(arguments(MINIMAL, "actor", REMOVE, "actor"), arguments(MINIMAL, "verb", REMOVE, "verb"),
				arguments(MINIMAL, "object", REMOVE, "object"),
				arguments(MINIMAL, "Actor", "{\"mbox\": \"mailto:a@example.com\"}", "Actor"),
				arguments(FULL, "timeStamp", "\"2024-05-01T12:00:00Z\"", "timeStamp"),
				arguments(MINIMAL, "comment", "\"not in the specification\"", "comment"),
				arguments(FULL, "id", "12345", "id"), arguments(FULL, "id", "{\"key\": \"should fail\"}", "id"),
				arguments(FULL, "id", "\"AA97B177-9383-4934-8543-0F91A7A028368\"", "id"),
				arguments(FULL, "id", "\"MA97B177-9383-4934-8543-0F91A7A02836\"", "id"),
				arguments(FULL, "id", "\"0b9e39477cf34507a7a48f74be381fdd\"", "id"),
				arguments(FULL, "id", "\"{7ccd3322-e1a5-411a-a67d-6a735c76f119}\"", "id"),
				arguments(FULL, "id", "\"\"", "id"), arguments(FULL, "id", "null", "id"),
				arguments(FULL, "timestamp", "\"should fail\"", "timestamp"),
				arguments(FULL, "timestamp", "\"01/011/2015\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2008-09-15T15:53:00.601-00\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2008-09-15T15:53:00.601-0000\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2008-09-15T15:53:00.601-00:00\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2024-02-30T10:00:00Z\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2024-05-01T25:00:00Z\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2024-05-01\"", "timestamp"),
				arguments(FULL, "timestamp", "\"2024-05-01 12:00:00Z\"", "timestamp"),
				arguments(FULL, "timestamp", "1714557600", "timestamp"),
				arguments(FULL, "stored", "\"yesterday\"", "stored"),
				arguments(FULL, "version", "\"0.9.9\"", "version"), arguments(FULL, "version", "\"1.1.0\"", "version"),
				arguments(FULL, "version", "\"2.0.0\"", "version"),
				arguments(FULL, "version", "\"should fail\"", "version"), arguments(FULL, "version", "1.0", "version"),
				arguments(FULL, "attachments", "{}", "attachments"),
				arguments(FULL, "attachments[0]", "12345", "attachments[0]"),
				arguments(FULL, "attachments[0]", "\"should fail\"", "attachments[0]"),
				arguments(FULL, "attachments[0].usageType", "\"should fail\"", "attachments[0].usageType"),
				arguments(FULL, "attachments[0].usageType", REMOVE, "attachments[0].usageType"),
				arguments(FULL, "attachments[0].display", REMOVE, "attachments[0].display"),
				arguments(FULL, "attachments[0].display", "{\"something\": \"x\"}", "attachments[0].display"),
				arguments(FULL, "attachments[0].display", "\"Certificate\"", "attachments[0].display"),
				arguments(FULL, "attachments[0].description", "12345", "attachments[0].description"),
				arguments(FULL, "attachments[0].contentType", "999", "attachments[0].contentType"),
				arguments(FULL, "attachments[0].contentType", "\"pdf\"", "attachments[0].contentType"),
				arguments(FULL, "attachments[0].length", "\"27\"", "attachments[0].length"),
				arguments(FULL, "attachments[0].length", "-1", "attachments[0].length"),
				arguments(FULL, "attachments[0].length", "2.5", "attachments[0].length"),
				arguments(FULL, "attachments[0].length", "1e400", "attachments[0].length"),
				arguments(FULL, "attachments[0].sha2", "12345", "attachments[0].sha2"),
				arguments(FULL, "attachments[0].sha2", "\"not-a-hash\"", "attachments[0].sha2"),
				arguments(FULL, "attachments[0].sha2", REMOVE, "attachments[0].sha2"),
				arguments(FULL, "attachments[0].fileUrl", "\"should fail\"", "attachments[0].fileUrl"),
				arguments(FULL, "attachments[0].fileUrl", "\"over.there.com/file.txt\"", "attachments[0].fileUrl"),
				arguments(FULL, "attachments[0].extra", "1", "attachments[0].extra"));
	}

	// Data 2.4.2 (the four IFI kinds are covered in ActorsTests), 2.4.3, 2.4.9
	static Stream<Arguments> actorAndVerbCases() {
		String groupInGroup = """
				{"objectType": "Group", "member": [{"objectType": "Group", "mbox": "mailto:g@example.com"}]}""";
		String twoMemberIdentified = """
				{"objectType": "Group", "mbox": "mailto:g@example.com",
				 "member": [{"mbox": "mailto:a@example.com"}, {"mbox": "mailto:b@example.com"}]}""";
		return Stream.of(arguments(FULL, "actor.objectType", "\"agent\"", "actor.objectType"),
				arguments(FULL, "actor.objectType", "\"group\"", "actor.objectType"),
				arguments(FULL, "actor.objectType", "123", "actor.objectType"),
				arguments(FULL, "actor.name", "123", "actor.name"), arguments(FULL, "actor.name", "null", "actor.name"),
				arguments(MINIMAL, "actor", "{}", "actor"), arguments(MINIMAL, "actor", "\"learner\"", "actor"),
				arguments(MINIMAL, "actor", "{\"objectType\": \"Agent\", \"name\": \"No IFI\"}", "actor"),
				arguments(MINIMAL, "actor", "{\"objectType\": \"Group\"}", "actor.member"),
				arguments(MINIMAL, "actor", "{\"objectType\": \"Group\", \"member\": []}", "actor.member"),
				arguments(MINIMAL, "actor",
						"{\"objectType\": \"Group\", \"member\": {\"mbox\": \"mailto:a@example.com\"}}",
						"actor.member"),
				arguments(MINIMAL, "actor", groupInGroup, "actor.member[0]"),
				arguments(MINIMAL, "actor", "{\"objectType\": \"Group\", \"member\": [{\"name\": \"x\"}]}",
						"actor.member[0]"),
				arguments(MINIMAL, "actor",
						"{\"account\": {\"homePage\": \"ab=c://should.fail.com\", \"name\": \"1\"}}",
						"actor.account.homePage"),
				arguments(FULL, "authority.objectType", "\"agent\"", "authority.objectType"),
				arguments(FULL, "authority", "{\"objectType\": \"Agent\"}", "authority"),
				arguments(FULL, "authority",
						"{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:bob@example.com\"}]}",
						"authority.member"),
				arguments(FULL, "authority", """
						{"objectType": "Group", "member": [{"mbox": "mailto:a@example.com"},
						 {"mbox": "mailto:b@example.com"}, {"mbox": "mailto:c@example.com"}]}""", "authority.member"),
				arguments(FULL, "authority", twoMemberIdentified, "authority"),
				arguments(FULL, "authority", "{\"objectType\": \"Group\"}", "authority.member"),
				arguments(FULL, "verb", "{}", "verb.id"), arguments(FULL, "verb", "\"attended\"", "verb"),
				arguments(FULL, "verb.id", "\"ab=c://should.fail.com\"", "verb.id"),
				arguments(FULL, "verb.id", "\"adlnet.gov/expapi/verbs/answered\"", "verb.id"),
				arguments(FULL, "verb.id", "\"http://example.com/verbs/has space\"", "verb.id"),
				arguments(FULL, "verb.id", "\"http://example.com/%zz\"", "verb.id"),
				arguments(FULL, "verb.display", "12345", "verb.display"),
				arguments(FULL, "verb.display", "\"a12345 attended\"", "verb.display"),
				arguments(FULL, "verb.display", "{\"something\": \"besucht\"}", "verb.display"),
				arguments(FULL, "verb.display", "{\"s-something\": \"x\"}", "verb.display"),
				arguments(FULL, "verb.display", "{\"a12345678\": \"x\"}", "verb.display"),
				arguments(FULL, "verb.display", "{\"zh-z-aaa-z-bbb-c-ccc\": \"x\"}", "verb.display"),
				arguments(FULL, "verb.display", "{\"de-1901-1901\": \"x\"}", "verb.display"),
				arguments(FULL, "verb.display", "{\"en_US\": \"x\"}", "verb.display"),
				arguments(FULL, "verb.display", "{\"en-US\": null}", "verb.display[\"en-US\"]"),
				arguments(FULL, "verb.display", "{\"en-US\": 12}", "verb.display[\"en-US\"]"),
				arguments(FULL, "verb.extra", "1", "verb.extra"));
	}

	// Data 2.3.2, 2.4.4 (Activity, Agent and Group, StatementRef), Interaction Activities
	static Stream<Arguments> objectCases() {
		String def = "object.definition";
		return Stream.of(arguments(FULL, "object.objectType", "\"activity\"", "object.objectType"),
				arguments(FULL, "object.objectType", "\"statementref\"", "object.objectType"),
				arguments(FULL, "object.objectType", "\"GroupActivity\"", "object.objectType"),
				arguments(FULL, "object.objectType", "12", "object.objectType"),
				arguments(FULL, "object.id", REMOVE, "object.id"),
				arguments(FULL, "object.id", "\"ab=c://should.fail.com\"", "object.id"),
				arguments(FULL, "object.id", "\"438AD672-DE2C-4F0B-8876-35444E7DD746\"", "object.id"),
				arguments(FULL, "object.id", "\"\"", "object.id"), arguments(FULL, "object", "[]", "object"),
				arguments(MINIMAL, "object", "{\"mbox\": \"mailto:b@example.com\"}", "object.mbox"),
				arguments(AGENT_OBJECT, "object.objectType", "\"agent\"", "object.objectType"),
				arguments(AGENT_OBJECT, "object.mbox", REMOVE, "object"),
				arguments(AGENT_OBJECT, "object", "{\"objectType\": \"Group\"}", "object.member"),
				arguments(STATEMENT_REF_OBJECT, "object.id", REMOVE, "object.id"),
				arguments(STATEMENT_REF_OBJECT, "object.id", "\"should fail\"", "object.id"),
				arguments(STATEMENT_REF_OBJECT, "object.definition", "{}", "object.definition"),
				arguments(MINIMAL, "verb.id", "\"http://adlnet.gov/expapi/verbs/voided\"", "object"),
				arguments(AGENT_OBJECT, "verb.id", "\"http://adlnet.gov/expapi/verbs/voided\"", "object"),
				arguments(FULL, def, "\"should error\"", def), arguments(FULL, def, "null", def),
				arguments(FULL, def + ".name", "12345", def + ".name"),
				arguments(FULL, def + ".name", "\"Question\"", def + ".name"),
				arguments(FULL, def + ".description", "{\"en-something-AU\": \"x\"}", def + ".description"),
				arguments(FULL, def + ".type", "\"should error\"", def + ".type"),
				arguments(FULL, def + ".moreInfo", "\"should error\"", def + ".moreInfo"),
				arguments(FULL, def + ".moreInfo", "null", def + ".moreInfo"),
				arguments(FULL, def + ".extensions", "\"should error\"", def + ".extensions"),
				arguments(FULL, def + ".extensions", "{\"id\": \"valid\"}", def + ".extensions"),
				arguments(FULL, def + ".extensions", "{\"not.valid.com/extension\": 1234}", def + ".extensions"),
				arguments(FULL, def + ".interactionType", "\"Choice\"", def + ".interactionType"),
				arguments(FULL, def + ".interactionType", "\"should error\"", def + ".interactionType"),
				arguments(FULL, def + ".interactionType", "12345", def + ".interactionType"),
				arguments(FULL, def + ".interactionType", "{\"test\": \"value\"}", def + ".interactionType"),
				arguments(FULL, def + ".interactionType", REMOVE, def + ".correctResponsesPattern"),
				arguments(FULL, def + ".correctResponsesPattern", "\"red\"", def + ".correctResponsesPattern"),
				arguments(FULL, def + ".correctResponsesPattern", "[1]", def + ".correctResponsesPattern[0]"),
				arguments(FULL, def + ".choices", "{}", def + ".choices"),
				arguments(FULL, def + ".choices[1].id", "\"red\"", def + ".choices[1].id"),
				arguments(FULL, def + ".choices[0].id", REMOVE, def + ".choices[0].id"),
				arguments(FULL, def + ".choices[0].id", "7", def + ".choices[0].id"),
				arguments(FULL, def + ".choices[0].description", "{\"something\": \"x\"}",
						def + ".choices[0].description"),
				arguments(FULL, def + ".choices[0].extra", "1", def + ".choices[0].extra"),
				arguments(FULL, def + ".scale", "[{\"id\": \"1\"}]", def + ".scale"),
				arguments(FULL, def + ".extra", "1", def + ".extra"));
	}

	// Data 2.4.5, 2.4.5.1, 4.6
	static Stream<Arguments> resultCases() {
		return Stream.of(arguments(FULL, "result", "\"passed\"", "result"),
				arguments(FULL, "result.success", "\"true\"", "result.success"),
				arguments(FULL, "result.completion", "\"false\"", "result.completion"),
				arguments(FULL, "result.completion", "1", "result.completion"),
				arguments(FULL, "result.response", "12345", "result.response"),
				arguments(FULL, "result.response", "{\"key\": \"invalid\"}", "result.response"),
				arguments(FULL, "result.duration", "\"PA1H0M0S\"", "result.duration"),
				arguments(FULL, "result.duration", "\"P4W1D\"", "result.duration"),
				arguments(FULL, "result.duration", "\"PT\"", "result.duration"),
				arguments(FULL, "result.duration", "\"P\"", "result.duration"),
				arguments(FULL, "result.duration", "\"1H\"", "result.duration"),
				arguments(FULL, "result.duration", "\"PT1.5H30M\"", "result.duration"),
				arguments(FULL, "result.duration", "\"P0003-04-06T12:30:05\"", "result.duration"),
				arguments(FULL, "result.duration", "\"-PT5S\"", "result.duration"),
				arguments(FULL, "result.duration", "12345", "result.duration"),
				arguments(FULL, "result.score", "12345", "result.score"),
				arguments(FULL, "result.score", "\"should fail\"", "result.score"),
				arguments(FULL, "result.score.scaled", "1.01", "result.score.scaled"),
				arguments(FULL, "result.score.scaled", "-1.00001", "result.score.scaled"),
				arguments(FULL, "result.score.max", "\"100\"", "result.score.max"),
				arguments(FULL, "result.score.max", "\"one hundred\"", "result.score.max"),
				arguments(FULL, "result.score.raw", "4.01", "result.score.raw"),
				arguments(FULL, "result.score.raw", "-0.5", "result.score.raw"),
				arguments(FULL, "result.score", "{\"min\": 0.6767676, \"max\": 0.6767355}", "result.score.min"),
				arguments(FULL, "result.score.extra", "1", "result.score.extra"),
				arguments(FULL, "result.score.raw", "1e400", "result.score.raw"),
				arguments(FULL, "result.score.scaled", "-1e400", "result.score.scaled"),
				arguments(FULL, "result.extensions", "{\"should fail\": true}", "result.extensions"),
				arguments(FULL, "result.extensions", "\"should fail\"", "result.extensions"),
				arguments(FULL, "result.extra", "1", "result.extra"));
	}

	// Data 2.4.6, 2.4.6.2
	static Stream<Arguments> contextCases() {
		String revision = "{\"revision\": \"r1\"}";
		String platform = "{\"platform\": \"web\"}";
		return Stream.of(arguments(FULL, "context.registration", "\"should fail\"", "context.registration"),
				arguments(FULL, "context.registration", "{\"key\": \"x\"}", "context.registration"),
				arguments(FULL, "context.registration", "null", "context.registration"),
				arguments(FULL, "context.instructor", "\"should fail\"", "context.instructor"),
				arguments(FULL, "context.instructor", "{\"key\": \"should fail\"}", "context.instructor.key"),
				arguments(FULL, "context.team", "{\"mbox\": \"mailto:a@example.com\"}", "context.team"),
				arguments(FULL, "context.team", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:a@example.com\"}",
						"context.team"),
				arguments(FULL, "context.team", "\"should fail\"", "context.team"),
				arguments(FULL, "context.contextActivities", "\"should fail\"", "context.contextActivities"),
				arguments(FULL, "context.contextActivities.invalid", "[{\"id\": \"http://example.com/a\"}]",
						"context.contextActivities.invalid"),
				arguments(FULL, "context.contextActivities.Parent", "[]", "context.contextActivities.Parent"),
				arguments(FULL, "context.contextActivities.other",
						"[{\"id\": \"http://example.com/a\"}, {\"key\": \"should fail\"}]",
						"context.contextActivities.other[1].key"),
				arguments(FULL, "context.contextActivities.parent", "5", "context.contextActivities.parent"),
				arguments(FULL, "context.contextActivities.parent[0].objectType", "\"GroupActivity\"",
						"context.contextActivities.parent[0].objectType"),
				arguments(FULL, "context.contextActivities.parent[0].id", REMOVE,
						"context.contextActivities.parent[0].id"),
				arguments(FULL, "context.contextActivities.grouping.id", "\"438AD672-DE2C-4F0B-8876-35444E7DD746\"",
						"context.contextActivities.grouping.id"),
				arguments(FULL, "context.revision", "12345", "context.revision"),
				arguments(FULL, "context.platform", "{\"key\": \"x\"}", "context.platform"),
				arguments(FULL, "context.language", "\"something\"", "context.language"),
				arguments(FULL, "context.language", "12345", "context.language"),
				arguments(FULL, "context.statement",
						"{\"objectType\": \"statementref\", \"id\": " + "\"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"}",
						"context.statement.objectType"),
				arguments(FULL, "context.statement", "{\"id\": \"6690e6c9-3ef0-4ed3-8b37-7f3964730bee\"}",
						"context.statement.objectType"),
				arguments(FULL, "context.statement.id", "\"AA97B177-9383-4934-8543-0F91A7A028368\"",
						"context.statement.id"),
				arguments(FULL, "context.statement.id", "12345", "context.statement.id"),
				arguments(FULL, "context.extensions", "{\"eventVersion\": \"1.0\"}", "context.extensions"),
				arguments(FULL, "context.extensions", "{\"example.com/extension/wrong\": 1}", "context.extensions"),
				arguments(FULL, "context.contextAgents", "[]", "context.contextAgents"),
				arguments(FULL, "context.extra", "1", "context.extra"),
				arguments(AGENT_OBJECT, "context", revision, "context.revision"),
				arguments(AGENT_OBJECT, "context", platform, "context.platform"),
				arguments(STATEMENT_REF_OBJECT, "context", revision, "context.revision"),
				arguments(STATEMENT_REF_OBJECT, "context", platform, "context.platform"),
				arguments(WITH_SUBSTATEMENT, "context", platform, "context.platform"));
	}

	// Data 2.4.4.3 "SubStatements"
	static Stream<Arguments> subStatementCases() {
		String nested = """
				{"objectType": "SubStatement", "actor": {"mbox": "mailto:a@example.com"},
				 "verb": {"id": "http://example.com/verbs/did"}, "object": {"id": "http://example.com/a"}}""";
		String s = WITH_SUBSTATEMENT;
		return Stream.of(arguments(s, "object.id", "\"fd41c918-b88b-4b20-a0a5-a4c32391aaa0\"", "object.id"),
				arguments(s, "object.stored", "\"2013-05-18T05:32:34.804Z\"", "object.stored"),
				arguments(s, "object.version", "\"1.0.0\"", "object.version"),
				arguments(s, "object.authority", "{\"mbox\": \"mailto:a@example.com\"}", "object.authority"),
				arguments(s, "object.object", nested, "object.object.objectType"),
				arguments(s, "object.objectType", "\"substatement\"", "object.objectType"),
				arguments(s, "object.actor", REMOVE, "object.actor"),
				arguments(s, "object.verb", REMOVE, "object.verb"),
				arguments(s, "object.object", REMOVE, "object.object"),
				arguments(s, "object.verb.id", "\"ab=c://should.fail.com\"", "object.verb.id"),
				arguments(s, "object.verb.display", "{\"s-something\": \"x\"}", "object.verb.display"),
				arguments(s, "object.actor.member[0].mbox", "\"mailto:should.fail.com\"",
						"object.actor.member[0].mbox"),
				arguments(s, "object.object", "{\"objectType\": \"Agent\", \"mbox\": \"mailto:b@example.com\"}",
						"object.context.platform"),
				arguments(s, "object.timestamp", "\"2008-09-15T15:53:00.601-00:00\"", "object.timestamp"),
				arguments(s, "object.result.success", "\"yes\"", "object.result.success"),
				arguments(s, "object.context.contextActivities.parent.id", REMOVE,
						"object.context.contextActivities.parent.id"),
				arguments(s, "object.context.instructor.mbox_sha1sum", "\"xyz\"",
						"object.context.instructor.mbox_sha1sum"),
				arguments(s, "object.extra", "1", "object.extra"));
	}

	@Test
	void requiresAJsonObject() {
		assertThatThrownBy(() -> StatementValidator.validate(TestJson.value("[]"), XapiVersion.V1_0_3))
			.isInstanceOf(XapiException.class)
			.hasMessageStartingWith("statement: must be a JSON object");
	}

	@ParameterizedTest
	@ValueSource(strings = { "parent", "grouping", "category", "other" })
	void acceptsEveryContextTypeAsSingleActivityOrArray(String contextType) {
		String single = "{\"" + contextType + "\": {\"id\": \"http://example.com/a\"}}";
		String array = "{\"" + contextType + "\": [{\"id\": \"http://example.com/a\", \"objectType\": \"Activity\"}]}";

		assertValid(with(MINIMAL, "context.contextActivities", single));
		assertValid(with(MINIMAL, "context.contextActivities", array));
	}

	// Spec: Data 2.4.4.1 "Interaction Components": each interactionType with the lists it
	// supports, and no other list.
	@ParameterizedTest(name = "{0} with {1}")
	@MethodSource
	void acceptsInteractionTypesWithTheirComponentLists(String interactionType, String lists) {
		ObjectNode statement = with(MINIMAL, "object.definition.interactionType", "\"" + interactionType + "\"");
		for (String list : lists.split(",")) {
			if (!list.isEmpty()) {
				TestJson.set(statement, "object.definition." + list,
						"[{\"id\": \"a\", \"description\": {\"en\": \"A\"}}, {\"id\": \"b\"}]");
			}
		}
		TestJson.set(statement, "object.definition.correctResponsesPattern", "[\"a\"]");

		assertValid(statement);
	}

	static Stream<Arguments> acceptsInteractionTypesWithTheirComponentLists() {
		return Stream.of(arguments("true-false", ""), arguments("choice", "choices"), arguments("fill-in", ""),
				arguments("long-fill-in", ""), arguments("matching", "source,target"),
				arguments("performance", "steps"), arguments("sequencing", "choices"), arguments("likert", "scale"),
				arguments("numeric", ""), arguments("other", ""));
	}

	@ParameterizedTest
	@ValueSource(strings = { "correctResponsesPattern", "choices", "scale", "source", "target", "steps" })
	void rejectsInteractionPropertiesWithoutInteractionType(String property) {
		String value = property.equals("correctResponsesPattern") ? "[\"a\"]" : "[{\"id\": \"a\"}]";

		assertInvalid(with(MINIMAL, "object.definition." + property, value), "object.definition." + property);
	}

	@ParameterizedTest
	@ValueSource(strings = { "true-false", "fill-in", "long-fill-in", "numeric", "other", "likert", "matching" })
	void rejectsComponentListsTheInteractionTypeDoesNotSupport(String interactionType) {
		ObjectNode statement = with(MINIMAL, "object.definition.interactionType", "\"" + interactionType + "\"");
		TestJson.set(statement, "object.definition.choices", "[{\"id\": \"a\"}]");

		assertInvalid(statement, "object.definition.choices");
	}

	@Test
	void acceptsNullOnlyInsideExtensions() {
		assertValid(with(FULL, "object.definition.extensions", "{\"http://example.com/ex\": null}"));
		assertInvalid(with(FULL, "result.response", "null"), "result.response");
		assertInvalid(with(FULL, "context.language", "null"), "context.language");
		assertInvalid(with(FULL, "actor.mbox", "null"), "actor.mbox");
		assertInvalid(with(FULL, "object.definition.name", "{\"en-US\": null}"), "object.definition.name[\"en-US\"]");
	}

	@Test
	void contextAgentsAndGroupsAreValidatedUnderVersion2() {
		String contextAgents = """
				[{"objectType": "contextAgent", "agent": {"mbox": "mailto:a@example.com"},
				  "relevantTypes": ["https://example.com/types/mentor"]}]""";
		String contextGroups = """
				[{"objectType": "contextGroup",
				  "group": {"objectType": "Group", "member": [{"mbox": "mailto:a@example.com"}]}}]""";
		ObjectNode statement = with(FULL, "context.contextAgents", contextAgents);
		TestJson.set(statement, "context.contextGroups", contextGroups);

		assertValid(statement, XapiVersion.V2_0_0);
		assertInvalid(statement, XapiVersion.V1_0_3, "context.contextAgents");
		assertInvalid(with(MINIMAL, "context.contextAgents", "[{}]"), XapiVersion.V2_0_0,
				"context.contextAgents[0].objectType");
		assertInvalid(with(FULL, "context.contextAgents", contextAgents.replace("contextAgent\"", "Should fail\"")),
				XapiVersion.V2_0_0, "context.contextAgents[0].objectType");
		assertInvalid(
				with(FULL, "context.contextAgents",
						contextAgents.replace("[\"https://example.com/types/mentor\"]", "[]")),
				XapiVersion.V2_0_0, "context.contextAgents[0].relevantTypes");
		assertInvalid(
				with(FULL, "context.contextAgents", contextAgents.replace("https://example.com/types/mentor", "abc")),
				XapiVersion.V2_0_0, "context.contextAgents[0].relevantTypes[0]");
		assertInvalid(with(FULL, "context.contextGroups", contextGroups.replace("\"objectType\": \"Group\", ", "")),
				XapiVersion.V2_0_0, "context.contextGroups[0].group");
	}

	@Test
	void version2AcceptsItsOwnStatementVersion() {
		assertValid(with(FULL, "version", "\"2.0.0\""), XapiVersion.V2_0_0);
		assertValid(with(FULL, "version", "\"1.0.3\""), XapiVersion.V2_0_0);
		assertInvalid(with(FULL, "version", "\"2.1.0\""), XapiVersion.V2_0_0, "version");
		assertInvalid(with(FULL, "version", "\"0.9.9\""), XapiVersion.V2_0_0, "version");
	}

	@Test
	void errorMessagesDoNotEchoLargeValues() {
		String longValue = "x y".repeat(2000);
		String longKey = "k".repeat(5000);

		assertThatThrownBy(
				() -> StatementValidator.validate(with(FULL, "verb.id", "\"" + longValue + "\""), XapiVersion.V1_0_3))
			.satisfies((ex) -> assertThat(ex.getMessage()).doesNotContain("x y").hasSizeLessThan(200));
		assertThatThrownBy(() -> StatementValidator
			.validate(with(FULL, "result.extensions", "{\"" + longKey + "\": 1}"), XapiVersion.V1_0_3))
			.satisfies((ex) -> assertThat(ex.getMessage()).hasSizeLessThan(200));
	}

}
