/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
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
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * PUT and POST of Statements (Communication 2.1.1, 2.1.2) and the properties the LRS sets
 * (Data 2.4).
 */
@LrsTest
class StatementWriteTests {

	@Autowired
	XapiClient xapi;

	StatementRequests lrs;

	@BeforeEach
	void setUp() {
		this.lrs = new StatementRequests(this.xapi);
	}

	@Test
	@DisplayName("PUT with statementId stores the Statement and answers 204 (Communication 2.1.1, XAPI-00143)")
	void put_newStatement_returns204AndStores() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.statement();

		this.lrs.put(id, statement).andExpect(status().isNoContent());

		JsonNode stored = this.lrs.statement(id);
		assertThat(stored.get("id").stringValue()).isEqualTo(id);
		assertThat(stored.get("actor")).isEqualTo(statement.get("actor"));
		assertThat(stored.get("verb")).isEqualTo(statement.get("verb"));
	}

	@Test
	@DisplayName("PUT without statementId is refused (Communication 2.1.1, XAPI-00145)")
	void put_withoutStatementId_returns400() throws Exception {
		this.xapi
			.perform(this.xapi.json(HttpMethod.PUT, TestStatements.text(TestStatements.statement()),
					StatementRequests.PATH))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("statementId")));
	}

	@Test
	void put_statementIdNotUuid_returns400() throws Exception {
		this.lrs.put("not-a-uuid", TestStatements.statement())
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("statementId:")));
	}

	@Test
	@DisplayName("PUT whose body id differs from statementId is refused (Communication 2.1.1)")
	void put_idDiffersFromStatementId_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), UUID.randomUUID().toString());

		this.lrs.put(id, statement)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("id:")));
		this.lrs.get("?statementId={id}", id).andExpect(status().isNotFound());
	}

	@Test
	void put_bodyIdMatchingInOtherLetterCase_isAccepted() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), id.toUpperCase());

		this.lrs.put(id, statement).andExpect(status().isNoContent());

		assertThat(this.lrs.statement(id).get("id").stringValue()).isEqualTo(id);
	}

	@Test
	@DisplayName("PUT of the same Statement again is no error and changes nothing (Communication 2.1.1)")
	void put_sameStatementAgain_returns204() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.statement();
		this.lrs.put(id, statement).andExpect(status().isNoContent());
		String stored = this.lrs.statement(id).get("stored").stringValue();

		this.lrs.put(id, statement).andExpect(status().isNoContent());

		assertThat(this.lrs.statement(id).get("stored").stringValue()).isEqualTo(stored);
	}

	@Test
	@DisplayName("PUT of a different Statement under a stored id is 409 and changes nothing (Communication 2.1.1, "
			+ "XAPI-00142)")
	void put_conflictingDuplicate_returns409() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode first = TestStatements.statement();
		this.lrs.put(id, first).andExpect(status().isNoContent());
		ObjectNode second = TestStatements.statement();

		this.lrs.put(id, second)
			.andExpect(status().isConflict())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString(id)));

		assertThat(this.lrs.statement(id).get("verb")).isEqualTo(first.get("verb"));
	}

	@Test
	void put_array_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		this.xapi.perform(this.xapi.json(HttpMethod.PUT, TestStatements.array(TestStatements.statement()),
				StatementRequests.PATH + "?statementId={id}", id))
			.andExpect(status().isBadRequest());
	}

	@Test
	@DisplayName("PUT with a parameter besides statementId is refused (Communication 3.2, XAPI-00324)")
	void put_unknownParameter_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		this.xapi
			.perform(this.xapi.json(HttpMethod.PUT, TestStatements.text(TestStatements.statement()),
					StatementRequests.PATH + "?statementId={id}&verb=x", id))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("verb:")));
	}

	@Test
	@DisplayName("POST of one Statement answers 200 with an array holding its new id (Communication 2.1.2, "
			+ "XAPI-00146)")
	void post_single_returnsArrayWithGeneratedId() throws Exception {
		List<String> ids = this.lrs.post(TestStatements.text(TestStatements.statement()));

		assertThat(ids).hasSize(1);
		assertThat(UUID.fromString(ids.get(0)).toString()).isEqualTo(ids.get(0));
		this.lrs.get("?statementId={id}", ids.get(0)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("POST of a batch answers the ids in the order received, generated ones included (Communication "
			+ "2.1.2)")
	void post_batch_returnsIdsInOrder() throws Exception {
		String given = UUID.randomUUID().toString();
		List<String> ids = this.lrs.post(TestStatements.statement(),
				TestStatements.withId(TestStatements.statement(), given), TestStatements.statement());

		assertThat(ids).hasSize(3).doesNotHaveDuplicates();
		assertThat(ids.get(1)).isEqualTo(given);
		for (String id : ids) {
			this.lrs.get("?statementId={id}", id).andExpect(status().isOk());
		}
	}

	@Test
	@DisplayName("A batch with one invalid Statement stores nothing; the error names the Statement and the "
			+ "property (Communication 3.2, XAPI-00326)")
	void post_batchWithOneInvalid_storesNothing() throws Exception {
		String goodId = UUID.randomUUID().toString();
		ObjectNode bad = TestStatements.statement();
		((ObjectNode) bad.get("actor")).put("mbox", "not-a-mailto");

		this.lrs.postRaw(TestStatements.array(TestStatements.withId(TestStatements.statement(), goodId), bad))
			.andExpect(status().isBadRequest())
			.andExpect(
					jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("Statement at index 1: actor.mbox")));

		this.lrs.get("?statementId={id}", goodId).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("A batch repeating an id is refused (Communication 2.1.2 SHOULD*, 2.0 MUST)")
	void post_batchRepeatingId_returns400() throws Exception {
		String id = UUID.randomUUID().toString();

		this.lrs
			.postRaw(TestStatements.array(TestStatements.withId(TestStatements.statement(), id),
					TestStatements.withId(TestStatements.statement(), id)))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("index 1")));

		this.lrs.get("?statementId={id}", id).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("A batch holding a conflicting duplicate of a stored id is 409 and stores nothing (Communication "
			+ "2.1.2)")
	void post_conflictingDuplicateInBatch_returns409AndStoresNothing() throws Exception {
		String storedId = this.lrs.postOne(TestStatements.statement());
		String newId = UUID.randomUUID().toString();

		this.lrs.postRaw(TestStatements.array(TestStatements.withId(TestStatements.statement(), newId),
				TestStatements.withId(TestStatements.statement(), storedId)))
			.andExpect(status().isConflict());

		this.lrs.get("?statementId={id}", newId).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("POST of the same Statement again answers 200 and changes nothing (Communication 2.1.2)")
	void post_sameStatementAgain_returns200AndChangesNothing() throws Exception {
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), UUID.randomUUID().toString());
		this.lrs.postOne(statement);
		JsonNode first = this.lrs.statement(statement.get("id").stringValue());

		List<String> ids = this.lrs.post(statement, TestStatements.statement());

		assertThat(ids.get(0)).isEqualTo(statement.get("id").stringValue());
		assertThat(this.lrs.statement(ids.get(0))).isEqualTo(first);
		this.lrs.get("?statementId={id}", ids.get(1)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Malformed JSON is refused with its position, without quoting the body")
	void post_invalidJson_returns400NamingPosition() throws Exception {
		this.lrs.postRaw("{\"actor\": {\"mbox\": \"mailto:secret@example.com\",}\n}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("line 1, column")))
			.andExpect(jsonPath("$.message")
				.value(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("secret"))));
	}

	@Test
	@DisplayName("A property repeated in one object is refused, naming where (2.0 LRS 4.2.1)")
	void post_duplicateProperty_returns400() throws Exception {
		this.lrs.postRaw("{\"actor\": {\"mbox\": \"mailto:a@example.com\", \"mbox\": \"mailto:b@example.com\"}}")
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("repeats a property")))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("actor.mbox")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
			"multipart/mixed;", "application/json; charset=ISO-8859-1" })
	@DisplayName("Statements must be sent as application/json (Communication 1.5, XAPI-00127)")
	void post_wrongContentType_returns400(String contentType) throws Exception {
		String id = UUID.randomUUID().toString();
		this.xapi
			.perform(this.xapi.request(HttpMethod.POST, StatementRequests.PATH)
				.header("Content-Type", contentType)
				.content(TestStatements.text(TestStatements.withId(TestStatements.statement(), id))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Content-Type")));

		this.lrs.get("?statementId={id}", id).andExpect(status().isNotFound());
	}

	@ParameterizedTest
	@ValueSource(strings = { "application/json; charset=utf-8", "Application/JSON", "application/json;charset=UTF-8" })
	@DisplayName("application/json is accepted in any letter case and with a UTF-8 charset (Communication 1.5)")
	void post_jsonContentTypeVariants_accepted(String contentType) throws Exception {
		this.xapi
			.perform(this.xapi.request(HttpMethod.POST, StatementRequests.PATH)
				.header("Content-Type", contentType)
				.content(TestStatements.text(TestStatements.statement())))
			.andExpect(status().isOk());
	}

	@Test
	void post_withoutContentType_returns400() throws Exception {
		this.xapi
			.perform(this.xapi.request(HttpMethod.POST, StatementRequests.PATH)
				.content(TestStatements.text(TestStatements.statement())))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.containsString("Content-Type")));
	}

	@Test
	@DisplayName("An empty batch stores nothing and answers an empty array (decision: no error)")
	void post_emptyArray_returnsEmptyArray() throws Exception {
		assertThat(this.lrs.post("[]")).isEmpty();
	}

	@Test
	@DisplayName("A POST that stores Statements takes no query parameters (Communication 2.1.2, 3.2)")
	void post_queryParameter_returns400() throws Exception {
		this.xapi
			.perform(this.xapi.json(HttpMethod.POST, TestStatements.text(TestStatements.statement()),
					StatementRequests.PATH + "?verb=http://example.com/v"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("verb:")));
	}

	@Test
	@DisplayName("A client without statements/write may not store (Communication 4.2 scopes)")
	void post_withoutWriteScope_returns403() throws Exception {
		XapiClient reader = this.xapi.as(EnumSet.of(Scope.STATEMENTS_READ));
		String id = UUID.randomUUID().toString();

		reader
			.perform(reader.json(HttpMethod.POST,
					TestStatements.text(TestStatements.withId(TestStatements.statement(), id)), StatementRequests.PATH))
			.andExpect(status().isForbidden());

		this.lrs.get("?statementId={id}", id).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("The LRS overwrites stored and authority, defaults version to 1.0.0 and timestamp to stored "
			+ "(Data 2.4.7 to 2.4.10, XAPI-00097, XAPI-00099)")
	void post_setsLrsProperties() throws Exception {
		ObjectNode statement = TestStatements.statement();
		statement.put("stored", "2001-01-01T00:00:00Z");
		statement.set("authority", TestStatements.agent("mailto:someone-else@example.com"));
		Instant before = Instant.now().minusMillis(1);

		JsonNode stored = this.lrs.statement(this.lrs.postOne(statement));

		Instant storedTime = Instant.parse(stored.get("stored").stringValue());
		assertThat(storedTime).isAfter(before).isBefore(Instant.now().plusSeconds(1));
		assertThat(stored.get("timestamp").stringValue()).isEqualTo(stored.get("stored").stringValue());
		assertThat(stored.get("version").stringValue()).isEqualTo("1.0.0");
		assertThat(stored.get("authority")).isEqualTo(this.xapi.credentials().client().authority());
	}

	@Test
	@DisplayName("A given timestamp and version are kept (Data 2.4.7, 2.4.10)")
	void post_keepsTimestampAndVersion() throws Exception {
		ObjectNode statement = TestStatements.statement();
		statement.put("timestamp", "2013-05-18T05:32:34.804+02:00");
		statement.put("version", "1.0.2");

		JsonNode stored = this.lrs.statement(this.lrs.postOne(statement));

		assertThat(stored.get("timestamp").stringValue()).isEqualTo("2013-05-18T05:32:34.804+02:00");
		assertThat(stored.get("version").stringValue()).isEqualTo("1.0.2");
	}

	@Test
	@DisplayName("Numbers and extensions come back exactly as sent (Data 2.2, 2.3.1)")
	void post_numbersRoundTripExactly() throws Exception {
		String id = UUID.randomUUID().toString();
		String body = "{\"id\":\"" + id + "\",\"actor\":{\"mbox\":\"mailto:n@example.com\"},"
				+ "\"verb\":{\"id\":\"http://example.com/v\"},\"object\":{\"id\":\"http://example.com/a\"},"
				+ "\"result\":{\"score\":{\"raw\":1.50,\"min\":0.0,\"max\":1E+1},"
				+ "\"extensions\":{\"http://example.com/x\":0.12345678901234567890123}}}";

		this.lrs.post(body);

		String answer = StatementRequests
			.content(this.lrs.get("?statementId={id}", id).andExpect(status().isOk()).andReturn());
		assertThat(answer).contains("\"raw\":1.50").contains("\"min\":0.0").contains("0.12345678901234567890123");
	}

	@Test
	@DisplayName("An upper-case id is stored and answered in lower case")
	void post_upperCaseId_isLowerCased() throws Exception {
		String id = UUID.randomUUID().toString();

		List<String> ids = this.lrs.post(TestStatements.withId(TestStatements.statement(), id.toUpperCase()));

		assertThat(ids).containsExactly(id);
		assertThat(this.lrs.statement(id).get("id").stringValue()).isEqualTo(id);
	}

	@Test
	@DisplayName("A single context Activity is returned as an array (Data 2.4.6.2)")
	void post_singleContextActivity_returnedAsArray() throws Exception {
		ObjectNode statement = TestStatements.statement();
		String parent = TestStatements.activityId();
		statement.putObject("context").putObject("contextActivities").putObject("parent").put("id", parent);

		JsonNode stored = this.lrs.statement(this.lrs.postOne(statement));

		JsonNode parents = stored.at("/context/contextActivities/parent");
		assertThat(parents.isArray()).isTrue();
		assertThat(parents.get(0).get("id").stringValue()).isEqualTo(parent);
	}

	@Test
	@DisplayName("An invalid Statement gets 400 naming the property (Data 2.2)")
	void post_invalidStatement_returns400NamingProperty() throws Exception {
		ObjectNode statement = TestStatements.statement();
		statement.remove("verb");

		this.lrs.postRaw(TestStatements.text(statement))
			.andExpect(status().isBadRequest())
			.andExpect(content().contentTypeCompatibleWith("application/json"))
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("verb")));
	}

}
