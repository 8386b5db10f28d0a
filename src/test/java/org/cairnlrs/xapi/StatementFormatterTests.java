/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnlrs.xapi.TestJson.FULL;
import static org.cairnlrs.xapi.TestJson.WITH_SUBSTATEMENT;
import static org.cairnlrs.xapi.TestJson.parse;
import static org.cairnlrs.xapi.TestJson.value;
import static org.cairnlrs.xapi.TestJson.with;

/**
 * The {@code format} parameter of GET /statements (Communication 2.1.3).
 */
class StatementFormatterTests {

	@Test
	void exactKeepsEverythingButReturnsContextActivitiesAsArrays() {
		JsonNode exact = StatementFormatter.exact(parse(FULL));

		assertThat(exact.at("/context/contextActivities/grouping"))
			.isEqualTo(value("[{\"id\": \"http://example.com/course/1\"}]"));
		ObjectNode expected = parse(FULL);
		TestJson.set(expected, "context.contextActivities.grouping", "[{\"id\": \"http://example.com/course/1\"}]");
		assertThat(exact).isEqualTo(expected);
	}

	@Test
	void idsKeepsOnlyIdentifiers() {
		JsonNode ids = StatementFormatter.ids(parse(FULL));

		assertThat(ids.get("actor"))
			.isEqualTo(value("{\"objectType\": \"Agent\", \"mbox\": \"mailto:learner@example.com\"}"));
		assertThat(ids.get("verb")).isEqualTo(value("{\"id\": \"http://adlnet.gov/expapi/verbs/answered\"}"));
		assertThat(ids.get("object")).isEqualTo(value("{\"id\": \"http://example.com/quiz/1/question/2\"}"));
		assertThat(ids.get("authority")).isEqualTo(value("""
				{"objectType": "Agent",
				 "account": {"homePage": "https://lrs.example.com/clients", "name": "client-1"}}"""));
		assertThat(ids.at("/context/instructor")).isEqualTo(value("""
				{"objectType": "Agent", "account": {"homePage": "https://lms.example.com", "name": "t-17"}}"""));
		// An Anonymous Group is identified by its members (Communication 2.1.3).
		assertThat(ids.at("/context/team")).isEqualTo(value("""
				{"objectType": "Group", "member": [
				  {"objectType": "Agent", "mbox": "mailto:learner@example.com"},
				  {"objectType": "Agent", "openid": "https://id.example.com/peer"}]}"""));
		assertThat(ids.at("/context/contextActivities")).isEqualTo(value("""
				{"parent": [{"id": "http://example.com/quiz/1"}], "grouping": [{"id": "http://example.com/course/1"}],
				 "category": [{"id": "https://w3id.org/xapi/cmi5/context/categories/cmi5"}], "other": []}"""));
		// Properties that are not Agents, Groups, Activities or Verbs stay as stored.
		assertThat(ids.get("result")).isEqualTo(parse(FULL).get("result"));
		assertThat(ids.get("timestamp")).isEqualTo(parse(FULL).get("timestamp"));
		assertThat(ids.at("/context/registration").asString()).isEqualTo("ec531277-b57b-4c15-8d91-d292c5b2b8f7");
	}

	@Test
	void idsReducesAnIdentifiedGroupToItsIfi() {
		JsonNode ids = StatementFormatter.ids(with(FULL, "actor", """
				{"objectType": "Group", "name": "Team", "mbox": "mailto:team@example.com",
				 "member": [{"mbox": "mailto:a@example.com"}]}"""));

		assertThat(ids.get("actor"))
			.isEqualTo(value("{\"objectType\": \"Group\", \"mbox\": \"mailto:team@example.com\"}"));
	}

	@Test
	void idsReducesInsideASubStatement() {
		JsonNode ids = StatementFormatter.ids(parse(WITH_SUBSTATEMENT));

		assertThat(ids.at("/object/objectType").asString()).isEqualTo("SubStatement");
		assertThat(ids.at("/object/actor")).isEqualTo(value("""
				{"objectType": "Group",
				 "member": [{"objectType": "Agent", "mbox": "mailto:learner@example.com"}]}"""));
		assertThat(ids.at("/object/verb")).isEqualTo(value("{\"id\": \"http://example.com/verbs/will-visit\"}"));
		assertThat(ids.at("/object/object")).isEqualTo(value("{\"id\": \"http://example.com/website\"}"));
		assertThat(ids.at("/object/context/contextActivities/parent"))
			.isEqualTo(value("[{\"id\": \"http://example.com/course/1\"}]"));
		assertThat(ids.at("/object/context/instructor/mbox_sha1sum").asString())
			.isEqualTo("cd9b00a5611f94eaa7b1661edab976068e364975");
	}

	@ParameterizedTest(name = "Accept-Language {0} picks {1}")
	@CsvSource(delimiter = '|', textBlock = """
			en-GB                | en-GB
			en-US                | en-US
			en                   | en-GB
			fr                   | fr
			de, fr;q=0.5         | de
			de;q=0.4, fr;q=0.5   | fr
			fr-CA                | fr
			ja, *;q=0.1          | en-GB
			*                    | en-GB
			ja                   | en-GB
			""")
	void canonicalPicksOneLanguagePerMap(String acceptLanguage, String expected) {
		ObjectNode statement = with(FULL, "verb.display",
				"{\"en-GB\": \"a\", \"en-US\": \"b\", \"fr\": \"c\", \"de\": \"d\"}");

		JsonNode canonical = StatementFormatter.canonical(statement, Locale.LanguageRange.parse(acceptLanguage));

		assertThat(canonical.at("/verb/display").propertyNames()).containsExactly(expected);
	}

	@Test
	void canonicalChoosesForEachMapSeparately() {
		ObjectNode statement = parse(FULL);
		TestJson.set(statement, "object.definition.name", "{\"en-US\": \"Question 2\", \"de\": \"Frage 2\"}");
		TestJson.set(statement, "object.definition.description", "{\"en-US\": \"Which colours?\"}");
		TestJson.set(statement, "object.definition.choices[0].description", "{\"fr\": \"Rouge\", \"de\": \"Rot\"}");

		JsonNode canonical = StatementFormatter.canonical(statement, Locale.LanguageRange.parse("de, en;q=0.8"));

		assertThat(canonical.at("/verb/display")).isEqualTo(value("{\"en-US\": \"answered\"}"));
		assertThat(canonical.at("/object/definition/name")).isEqualTo(value("{\"de\": \"Frage 2\"}"));
		assertThat(canonical.at("/object/definition/description")).isEqualTo(value("{\"en-US\": \"Which colours?\"}"));
		assertThat(canonical.at("/object/definition/choices/0/description")).isEqualTo(value("{\"de\": \"Rot\"}"));
		assertThat(canonical.at("/attachments/0/description")).isEqualTo(value("{\"de\": \"Das Zertifikat\"}"));
		// Agents and Groups stay as in exact; other definition properties are kept.
		assertThat(canonical.get("actor")).isEqualTo(parse(FULL).get("actor"));
		assertThat(canonical.at("/object/definition/correctResponsesPattern"))
			.isEqualTo(parse(FULL).at("/object/definition/correctResponsesPattern"));
	}

	@Test
	void canonicalFiltersContextActivitiesAndSubStatements() {
		ObjectNode statement = parse(WITH_SUBSTATEMENT);
		TestJson.set(statement, "object.object.definition.name", "{\"en-US\": \"Website\", \"en-GB\": \"Web site\"}");
		TestJson.set(statement, "object.context.contextActivities.parent.definition",
				"{\"description\": {\"en-US\": \"Course\", \"en-GB\": \"Course (GB)\"}}");

		JsonNode canonical = StatementFormatter.canonical(statement, Locale.LanguageRange.parse("en-GB"));

		assertThat(canonical.at("/object/object/definition/name")).isEqualTo(value("{\"en-GB\": \"Web site\"}"));
		assertThat(canonical.at("/object/context/contextActivities/parent/0/definition/description"))
			.isEqualTo(value("{\"en-GB\": \"Course (GB)\"}"));
	}

	@Test
	void canonicalWithoutAcceptLanguageKeepsOneEntry() {
		JsonNode canonical = StatementFormatter.canonical(parse(FULL), List.of());

		assertThat(canonical.at("/verb/display")).isEqualTo(value("{\"en-US\": \"answered\"}"));
		assertThat(canonical.at("/attachments/0/description").size()).isOne();
	}

	@Test
	void formatsNeverModifyTheirInput() {
		ObjectNode statement = parse(FULL);
		ObjectNode subStatement = parse(WITH_SUBSTATEMENT);

		StatementFormatter.exact(statement);
		StatementFormatter.ids(statement);
		StatementFormatter.canonical(statement, Locale.LanguageRange.parse("fr"));
		StatementFormatter.ids(subStatement);
		StatementFormatter.canonical(subStatement, Locale.LanguageRange.parse("fr"));

		assertThat(statement).isEqualTo(parse(FULL));
		assertThat(subStatement).isEqualTo(parse(WITH_SUBSTATEMENT));
	}

}
