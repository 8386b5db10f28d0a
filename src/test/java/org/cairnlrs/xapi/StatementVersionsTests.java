/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.cairnlrs.xapi.TestJson.FULL;
import static org.cairnlrs.xapi.TestJson.MINIMAL;
import static org.cairnlrs.xapi.TestJson.WITH_SUBSTATEMENT;
import static org.cairnlrs.xapi.TestJson.parse;
import static org.cairnlrs.xapi.TestJson.with;

/**
 * One stored Statement, read by 1.0.3 and 2.0 clients; timestamps stored under 2.0.
 */
class StatementVersionsTests {

	static final String CONTEXT_AGENTS = """
			[{"objectType": "contextAgent", "agent": {"mbox": "mailto:coach@example.com"},
			  "relevantTypes": ["https://example.com/types/coach"]}]""";

	static final String CONTEXT_GROUPS = """
			[{"objectType": "contextGroup",
			  "group": {"objectType": "Group", "mbox": "mailto:class-7@example.com"}}]""";

	@ParameterizedTest
	@CsvSource({ "2024-05-01T12:00:00.123+02:00, 2024-05-01T10:00:00.123Z",
			"2024-05-01T12:00:00-05:00, 2024-05-01T17:00:00.000Z",
			"2024-05-01T12:00:00.1234567+00:00, 2024-05-01T12:00:00.1234567Z",
			"2024-05-01T00:30:00.5+01:00, 2024-04-30T23:30:00.500Z",
			"2024-05-01T12:00:00.120z, 2024-05-01T12:00:00.120Z", "2024-05-01T12:00:00.12, 2024-05-01T12:00:00.120Z",
			"2024-05-01T12:00:00.123456789123-0130, " + "2024-05-01T13:30:00.123456789Z" })
	void toUtc_keepsTheInstantAndAtLeastMilliseconds(String sent, String utc) {
		assertThat(StatementVersions.toUtc(sent)).isEqualTo(utc);
		assertThat(XapiFormats.parseTimestamp(utc)).isEqualTo(XapiFormats.parseTimestamp(sent));
	}

	@Test
	void toUtc_leavesUtcAndUnwritableValuesAlone() {
		assertThat(StatementVersions.toUtc("2024-05-01T12:00:00Z")).isEqualTo("2024-05-01T12:00:00Z");
		assertThat(StatementVersions.toUtc("0000-01-01T00:30:00+01:00")).isEqualTo("0000-01-01T00:30:00+01:00");
	}

	@Test
	void storedUnder2_0_timestampsAreUtc_alsoInASubStatement() {
		ObjectNode statement = with(WITH_SUBSTATEMENT, "timestamp", "\"2030-01-01T01:00:00+01:00\"");
		((ObjectNode) statement.get("object")).put("timestamp", "2030-01-01T00:00:00.250-02:00");

		StatementVersions.prepareForStorage(statement, XapiVersion.V2_0_0);

		assertThat(statement.get("timestamp").stringValue()).isEqualTo("2030-01-01T00:00:00.000Z");
		assertThat(statement.at("/object/timestamp").stringValue()).isEqualTo("2030-01-01T02:00:00.250Z");
	}

	@Test
	void storedUnder1_0_3_timestampsStayAsSent() {
		ObjectNode statement = parse(FULL);

		StatementVersions.prepareForStorage(statement, XapiVersion.V1_0_3);

		assertThat(statement).isEqualTo(parse(FULL));
	}

	@Test
	void a1_0_3Reader_getsAValid1_0_3Statement() {
		ObjectNode stored = with(FULL, "context.contextAgents", CONTEXT_AGENTS);
		TestJson.set(stored, "context.contextGroups", CONTEXT_GROUPS);
		stored.put("version", "2.0.0");
		StatementValidator.validate(stored, XapiVersion.V2_0_0);

		JsonNode read = StatementVersions.forReader(stored, XapiVersion.V1_0_3);

		assertThatCode(() -> StatementValidator.validate(read, XapiVersion.V1_0_3)).doesNotThrowAnyException();
		assertThat(read.get("context").has("contextAgents")).isFalse();
		assertThat(read.get("context").has("contextGroups")).isFalse();
		assertThat(read.get("version").stringValue()).isEqualTo("1.0.0");
		assertThat(read.get("context").get("registration")).isEqualTo(stored.get("context").get("registration"));
		assertThat(stored.get("context").has("contextAgents")).as("the stored Statement is unchanged").isTrue();
	}

	@Test
	void a1_0_3Reader_getsNoContextWhereOnlyContextAgentsWere() {
		ObjectNode subStatement = parse(MINIMAL);
		subStatement.put("objectType", "SubStatement");
		TestJson.set(subStatement, "context.contextAgents", CONTEXT_AGENTS);
		ObjectNode stored = parse(MINIMAL);
		stored.set("object", subStatement);
		TestJson.set(stored, "context.contextGroups", CONTEXT_GROUPS);
		StatementValidator.validate(stored, XapiVersion.V2_0_0);

		JsonNode read = StatementVersions.forReader(stored, XapiVersion.V1_0_3);

		assertThatCode(() -> StatementValidator.validate(read, XapiVersion.V1_0_3)).doesNotThrowAnyException();
		assertThat(read.has("context")).isFalse();
		assertThat(read.get("object").has("context")).isFalse();
	}

	@Test
	void a2_0Reader_getsUtcTimestampsAndEverythingElseAsStored() {
		ObjectNode stored = parse(FULL);

		JsonNode read = StatementVersions.forReader(stored, XapiVersion.V2_0_0);

		assertThat(read.get("timestamp").stringValue()).isEqualTo("2024-05-01T10:00:00.123Z");
		((ObjectNode) read).put("timestamp", stored.get("timestamp").stringValue());
		assertThat(read).isEqualTo(stored);
	}

	@Test
	void aStatementThatFitsTheReader_isReturnedItself() {
		ObjectNode plain = with(FULL, "timestamp", "\"2024-05-01T10:00:00.123Z\"");
		ObjectNode with2_0 = with(FULL, "context.contextAgents", CONTEXT_AGENTS);

		assertThat(StatementVersions.forReader(plain, XapiVersion.V1_0_3)).isSameAs(plain);
		assertThat(StatementVersions.forReader(plain, XapiVersion.V2_0_0)).isSameAs(plain);
		TestJson.set(with2_0, "timestamp", "\"2024-05-01T10:00:00.123Z\"");
		assertThat(StatementVersions.forReader(with2_0, XapiVersion.V2_0_0)).isSameAs(with2_0);
	}

	@Test
	void mayDifferFor_agreesWithForReader() {
		ObjectNode plain = with(FULL, "timestamp", "\"2024-05-01T10:00:00.123Z\"");
		ObjectNode with2_0 = with(FULL, "context.contextAgents", CONTEXT_AGENTS);
		ObjectNode version2 = with(FULL, "version", "\"2.0.0\"");

		assertThat(StatementVersions.mayDifferFor(plain.toString(), XapiVersion.V1_0_3)).isFalse();
		assertThat(StatementVersions.mayDifferFor(plain.toString(), XapiVersion.V2_0_0)).isFalse();
		assertThat(StatementVersions.mayDifferFor(with2_0.toString(), XapiVersion.V1_0_3)).isTrue();
		assertThat(StatementVersions.mayDifferFor(version2.toString(), XapiVersion.V1_0_3)).isTrue();
		assertThat(StatementVersions.mayDifferFor(parse(FULL).toString(), XapiVersion.V2_0_0)).isTrue();
		assertThat(StatementVersions.mayDifferFor(parse(WITH_SUBSTATEMENT).toString(), XapiVersion.V2_0_0)).isFalse();
	}

}
