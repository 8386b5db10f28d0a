/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * GET and HEAD of single Statements, parameter validation, formats, headers and
 * permissions (Communication 1.1, 2.1.3, 3.2; Data 2.5).
 */
@LrsTest
class StatementReadTests {

	@Autowired
	XapiClient xapi;

	StatementRequests lrs;

	@BeforeEach
	void setUp() {
		this.lrs = new StatementRequests(this.xapi);
	}

	@Test
	@DisplayName("GET with statementId answers the Statement itself (Communication 2.1.3, XAPI-00156)")
	void get_byStatementId_returnsStatement() throws Exception {
		ObjectNode statement = TestStatements.statement();
		String id = this.lrs.postOne(statement);

		this.lrs.get("?statementId={id}", id)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/json")))
			.andExpect(jsonPath("$.id").value(id))
			.andExpect(jsonPath("$.verb.id").value(statement.at("/verb/id").stringValue()));
	}

	@Test
	@DisplayName("GET of an unknown statementId is 404 (Communication 3.2)")
	void get_unknownStatementId_returns404() throws Exception {
		this.lrs.get("?statementId={id}", UUID.randomUUID().toString())
			.andExpect(status().isNotFound())
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));
	}

	@ParameterizedTest
	@ValueSource(strings = { "agent", "verb", "activity", "registration", "related_activities", "related_agents",
			"since", "until", "limit", "ascending", "cursor" })
	@DisplayName("statementId with any parameter but attachments and format is 400 (Communication 2.1.3, "
			+ "XAPI-00151)")
	void get_statementIdWithOtherParameter_returns400(String parameter) throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());

		this.lrs.get("?statementId={id}&" + parameter + "={value}", id, "x")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(startsWith(parameter + ":")));
		this.lrs.get("?voidedStatementId={id}&" + parameter + "={value}", id, "x").andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("statementId with format and attachments is allowed (Communication 2.1.3)")
	void get_statementIdWithFormatAndAttachments_returns200() throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());

		this.lrs.get("?statementId={id}&format=ids&attachments=false", id).andExpect(status().isOk());
	}

	@Test
	@DisplayName("statementId and voidedStatementId together are 400 (Communication 2.1.3)")
	void get_bothIds_returns400() throws Exception {
		String id = UUID.randomUUID().toString();

		this.lrs.get("?statementId={id}&voidedStatementId={id}", id, id).andExpect(status().isBadRequest());
	}

	@ParameterizedTest
	@ValueSource(strings = { "StatementId", "LIMIT", "Verb", "foo", "related_Agents" })
	@DisplayName("Unknown parameters and parameters in another letter case are 400 (Communication 3.2, "
			+ "XAPI-00324, XAPI-00325)")
	void get_unknownParameter_returns400(String parameter) throws Exception {
		this.lrs.get("?" + parameter + "={value}", "1")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(startsWith(parameter + ":")))
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));
	}

	@Test
	void get_repeatedParameter_returns400() throws Exception {
		this.lrs.get("?verb={a}&verb={b}", "http://example.com/a", "http://example.com/b")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value("verb: is given more than once"));
	}

	@ParameterizedTest(name = "{0}={1}")
	@CsvSource(delimiter = '|',
			value = { "agent|not json", "agent|{\"mbox\":\"a@example.com\"}",
					"agent|{\"mbox\":\"mailto:a@example.com\",\"openid\":\"http://example.com/a\"}",
					"agent|{\"objectType\":\"Group\",\"member\":[{\"mbox\":\"mailto:a@example.com\"}]}",
					"verb|not an iri", "activity|''", "registration|not-a-uuid", "since|yesterday",
					"until|2024-13-01T00:00:00Z", "limit|-1", "limit|ten", "format|IDS", "format|full", "ascending|yes",
					"related_agents|TRUE", "attachments|1", "cursor|bogus" })
	@DisplayName("Invalid parameter values are 400 naming the parameter (Data 2.2, Communication 3.2)")
	void get_invalidParameterValue_returns400(String parameter, String value) throws Exception {
		this.lrs.get("?" + parameter + "={value}", value)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(startsWith(parameter)));
	}

	@Test
	@DisplayName("A query without matches answers an empty StatementResult (Communication 2.1.3, XAPI-00109)")
	void get_noMatch_returnsEmptyResult() throws Exception {
		JsonNode result = this.lrs.getJson("?verb={verb}", TestStatements.verbId());

		assertThat(result.get("statements").isArray()).isTrue();
		assertThat(result.get("statements")).isEmpty();
		assertThat(result.get("more").stringValue()).isEmpty();
	}

	@Test
	@DisplayName("format=ids keeps only identifiers (Communication 2.1.3, XAPI-00171)")
	void get_formatIds_reducesToIdentifiers() throws Exception {
		ObjectNode statement = TestStatements.statement();
		((ObjectNode) statement.get("actor")).put("name", "Learner");
		String id = this.lrs.postOne(statement);

		JsonNode reduced = this.lrs.getJson("?statementId={id}&format=ids", id);

		assertThat(reduced.get("actor").has("name")).isFalse();
		assertThat(reduced.at("/actor/mbox").stringValue()).isEqualTo(statement.at("/actor/mbox").stringValue());
		assertThat(reduced.get("verb").has("display")).isFalse();
		assertThat(reduced.get("object").propertyNames()).containsExactly("id");
	}

	@Test
	@DisplayName("format=canonical keeps one language per map, chosen by Accept-Language (Communication 2.1.3, "
			+ "XAPI-00172)")
	void get_formatCanonical_choosesLanguage() throws Exception {
		ObjectNode statement = TestStatements.statement();
		((ObjectNode) statement.get("verb").get("display")).put("en-GB", "did (GB)");
		ObjectNode name = ((ObjectNode) statement.get("object")).putObject("definition").putObject("name");
		name.put("en-US", "Course");
		name.put("fr-FR", "Cours");
		String id = this.lrs.postOne(statement);

		MvcResult result = this.xapi
			.perform(this.xapi.get(StatementRequests.PATH + "?statementId={id}&format=canonical", id)
				.header("Accept-Language", "fr-FR, en-GB;q=0.5"))
			.andExpect(status().isOk())
			.andReturn();

		JsonNode canonical = TestStatements.parse(StatementRequests.content(result));
		assertThat(canonical.at("/object/definition/name").propertyNames()).containsExactly("fr-FR");
		assertThat(canonical.at("/verb/display").propertyNames()).containsExactly("en-GB");
		JsonNode exact = this.lrs.statement(id);
		assertThat(exact.at("/verb/display").propertyNames()).containsExactlyInAnyOrder("en-US", "en-GB");
	}

	@Test
	@DisplayName("attachments=true answers multipart/mixed with the JSON first (Communication 2.1.3, XAPI-00167)")
	void get_attachmentsTrue_answersMultipart() throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());

		MvcResult result = this.lrs.get("?statementId={id}&attachments=true", id)
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("multipart/mixed")))
			.andReturn();

		String contentType = result.getResponse().getContentType();
		String boundary = contentType.substring(contentType.indexOf("boundary=") + "boundary=".length());
		String body = StatementRequests.content(result);
		assertThat(body).startsWith("--" + boundary + "\r\nContent-Type: application/json\r\n\r\n")
			.endsWith("\r\n--" + boundary + "--\r\n");
		String json = body.substring(body.indexOf("\r\n\r\n") + 4, body.indexOf("\r\n--" + boundary + "--"));
		assertThat(TestStatements.parse(json).get("id").stringValue()).isEqualTo(id);
	}

	@Test
	@DisplayName("HEAD answers like GET without a body (Communication 1.1, XAPI-00125)")
	void head_answersHeadersWithoutBody() throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());
		MvcResult get = this.lrs.get("?statementId={id}", id).andReturn();

		MvcResult head = this.xapi
			.perform(this.xapi.request(HttpMethod.HEAD, StatementRequests.PATH + "?statementId={id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Last-Modified", get.getResponse().getHeader("Last-Modified")))
			.andExpect(header().string("Content-Type", get.getResponse().getContentType()))
			.andExpect(header().exists(ConsistentThroughFilter.HEADER))
			.andReturn();
		assertThat(head.getResponse().getContentAsByteArray()).isEmpty();

		this.xapi
			.perform(this.xapi.request(HttpMethod.HEAD, StatementRequests.PATH + "?statementId={id}",
					UUID.randomUUID().toString()))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("Last-Modified is the stored time of the Statement (Communication 2.1.3)")
	void get_lastModified_isStored() throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());
		Instant stored = Instant.parse(this.lrs.statement(id).get("stored").stringValue());

		MvcResult result = this.lrs.get("?statementId={id}", id).andReturn();

		Instant lastModified = ZonedDateTime
			.parse(result.getResponse().getHeader("Last-Modified"), DateTimeFormatter.RFC_1123_DATE_TIME)
			.toInstant();
		assertThat(lastModified).isEqualTo(stored.truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
	}

	@Test
	@DisplayName("X-Experience-API-Consistent-Through is on every answer, errors included, as an ISO 8601 time "
			+ "no earlier than what was just stored (Communication 2.1.3, XAPI-00153)")
	void consistentThrough_onEveryAnswer() throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());
		Instant stored = Instant.parse(this.lrs.statement(id).get("stored").stringValue());

		String onGet = this.lrs.get("?verb={v}", TestStatements.verbId())
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader(ConsistentThroughFilter.HEADER);
		assertThat(Instant.parse(onGet)).isAfterOrEqualTo(stored);

		this.lrs.get("?LIMIT=1")
			.andExpect(status().isBadRequest())
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));
		this.lrs.postRaw(TestStatements.text(TestStatements.statement()))
			.andExpect(status().isOk())
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));
		this.lrs.put(UUID.randomUUID().toString(), TestStatements.statement())
			.andExpect(status().isNoContent())
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));
		this.xapi
			.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get(StatementRequests.PATH)
				.header(XapiClient.VERSION_HEADER, "1.0.3"))
			.andExpect(status().isUnauthorized())
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));
	}

	@Test
	@DisplayName("Every answer carries X-Experience-API-Version 1.0.3; a request without it is 400 "
			+ "(Communication 3.3)")
	void versionHeader_requiredAndAnswered() throws Exception {
		this.lrs.get("?verb={v}", TestStatements.verbId())
			.andExpect(header().string(XapiClient.VERSION_HEADER, "1.0.3"));
		this.lrs.get("?nope=1").andExpect(header().string(XapiClient.VERSION_HEADER, "1.0.3"));

		XapiClient unversioned = this.xapi.withVersion(null);
		unversioned.perform(unversioned.get(StatementRequests.PATH))
			.andExpect(status().isBadRequest())
			.andExpect(header().string(XapiClient.VERSION_HEADER, "1.0.3"))
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));

		XapiClient older = this.xapi.withVersion("1.0.1");
		older.perform(older.get(StatementRequests.PATH + "?verb={v}", TestStatements.verbId()))
			.andExpect(status().isOk());
	}

	@Test
	@DisplayName("A client with statements/read/mine reads only the Statements it stored (Communication 4.2)")
	void readMine_seesOnlyOwnStatements() throws Exception {
		XapiClient mine = this.xapi.as(EnumSet.of(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE));
		StatementRequests mineLrs = new StatementRequests(mine);
		String verb = TestStatements.verbId();
		String own = mineLrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));
		String other = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));

		assertThat(StatementRequests.ids(mineLrs.getJson("?verb={verb}", verb))).containsExactly(own);
		mineLrs.get("?statementId={id}", other).andExpect(status().isNotFound());
		mineLrs.get("?statementId={id}", own).andExpect(status().isOk());
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={verb}", verb))).containsExactly(other, own);
	}

	@Test
	@DisplayName("A client without a read scope may not read (Communication 4.2)")
	void get_withoutReadScope_returns403() throws Exception {
		XapiClient writer = this.xapi.as(EnumSet.of(Scope.STATEMENTS_WRITE));

		writer.perform(writer.get(StatementRequests.PATH)).andExpect(status().isForbidden());
	}

}
