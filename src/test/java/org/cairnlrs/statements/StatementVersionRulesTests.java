/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import org.cairnlrs.attachments.StatementSignature;
import org.cairnlrs.attachments.TestSigner;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.cairnlrs.xapi.StatementValidator;
import org.cairnlrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The Statement rules by xAPI version (2.0 LRS 4.1.6.1 and 4.2 against 1.0.3), on one
 * database: what each version accepts, how it compares and stores, and how a Statement
 * written in one version reads in the other.
 */
@LrsTest
class StatementVersionRulesTests {

	@Autowired
	XapiClient xapi;

	@ParameterizedTest
	@CsvSource({ "1.0.3, 400", "2.0.0, 200" })
	void contextAgentsAndGroups_areAcceptedUnder2_0Only(String version, int status) throws Exception {
		ObjectNode statement = withContextAgents(TestStatements.statement(), TestStatements.mbox(), groupMbox());

		lrs(version).postRaw(TestStatements.text(statement))
			.andExpect(status().is(status))
			.andExpect(header().string(XapiClient.VERSION_HEADER, version));
		if (status == 400) {
			lrs(version).postRaw(TestStatements.text(statement))
				.andExpect(jsonPath("$.message", containsString("context.contextAgents")));
		}
	}

	@Test
	void relatedAgents_matchesContextAgentsAndContextGroups() throws Exception {
		String coach = TestStatements.mbox();
		String group = groupMbox();
		String pupil = TestStatements.mbox();
		ObjectNode statement = withContextAgents(TestStatements.statement(), coach, group);
		((ObjectNode) statement.at("/context/contextGroups/0/group")).putArray("member")
			.add(TestStatements.agent(pupil));
		String id = lrs("2.0.0").postOne(statement);

		for (String mbox : new String[] { coach, group, pupil }) {
			String agent = TestStatements.text(TestStatements.agent(mbox));
			assertThat(StatementRequests.ids(lrs("2.0.0").getJson("?agent={a}", agent))).isEmpty();
			assertThat(StatementRequests.ids(lrs("2.0.0").getJson("?agent={a}&related_agents=true", agent)))
				.containsExactly(id);
		}
	}

	@Test
	void aStatementWithContextAgentsWrittenUnder2_0_readsUnder1_0_3AsValid1_0_3() throws Exception {
		String registration = UUID.randomUUID().toString();
		ObjectNode sent = withContextAgents(TestStatements.statement(), TestStatements.mbox(), groupMbox());
		((ObjectNode) sent.get("context")).put("registration", registration);
		String id = lrs("2.0.0").postOne(sent);

		JsonNode as2_0 = lrs("2.0.0").statement(id);
		assertThat(as2_0.at("/context/contextAgents")).isEqualTo(sent.at("/context/contextAgents"));
		assertThat(as2_0.get("version").stringValue()).isEqualTo("2.0.0");

		for (String read : new String[] { "?statementId={r}", "?registration={r}", "?registration={r}&format=ids",
				"?registration={r}&format=canonical" }) {
			JsonNode answer = lrs("1.0.3").getJson(read, read.startsWith("?statementId") ? id : registration);
			JsonNode as1_0_3 = answer.has("statements") ? answer.get("statements").get(0) : answer;
			assertThatCode(() -> StatementValidator.validate(as1_0_3, XapiVersion.V1_0_3)).as(read)
				.doesNotThrowAnyException();
			assertThat(as1_0_3.get("id").stringValue()).isEqualTo(id);
			assertThat(as1_0_3.get("context").has("contextAgents")).isFalse();
			assertThat(as1_0_3.get("context").has("contextGroups")).isFalse();
			assertThat(as1_0_3.get("context").get("registration").stringValue()).isEqualTo(registration);
			assertThat(as1_0_3.get("version").stringValue()).isEqualTo("1.0.0");
		}
	}

	@Test
	void whatA1_0_3ClientRead_canBeSentBackWithoutConflict() throws Exception {
		ObjectNode sent = withContextAgents(TestStatements.statement(), TestStatements.mbox(), groupMbox());
		String id = lrs("2.0.0").postOne(sent);

		JsonNode read = lrs("1.0.3").statement(id);

		lrs("1.0.3").put(id, read).andExpect(status().isNoContent());
		assertThat(lrs("2.0.0").statement(id).at("/context/contextAgents"))
			.isEqualTo(sent.at("/context/contextAgents"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void undefinedPropertiesDuplicateKeysInvalidIrisAndLanguageTags_areRefused(String version) throws Exception {
		StatementRequests lrs = lrs(version);
		ObjectNode extra = TestStatements.statement();
		extra.put("extra", 1);
		ObjectNode badIri = TestStatements.statement();
		((ObjectNode) badIri.get("verb")).put("id", "not an IRI");
		ObjectNode badTag = TestStatements.statement();
		((ObjectNode) badTag.get("verb")).putObject("display").put("not a tag!", "did");
		String duplicateKey = TestStatements.text(TestStatements.statement())
			.replaceFirst("\\{", "{\"verb\":{\"id\":\"http://example.com/verbs/first\"},");

		lrs.postRaw(TestStatements.text(extra))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("extra")));
		lrs.postRaw(duplicateKey)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("repeats a property")));
		lrs.postRaw(TestStatements.text(badIri))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("verb.id")));
		lrs.postRaw(TestStatements.text(badTag))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("verb.display")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void aBatchRepeatingAnId_isRefusedAndNothingStored(String version) throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode first = TestStatements.withId(TestStatements.statement(), id);
		ObjectNode second = TestStatements.withId(TestStatements.statement(), id);

		lrs(version).postRaw(TestStatements.array(first, second))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("same id")));
		lrs(version).get("?statementId={id}", id).andExpect(status().isNotFound());
	}

	@Test
	void timestamps_areStoredInUtcUnder2_0_andAsSentUnder1_0_3() throws Exception {
		String sent = "2024-03-01T10:00:00.250-05:00";
		String utc = "2024-03-01T15:00:00.250Z";
		ObjectNode statement = TestStatements.statement();
		statement.put("timestamp", sent);
		String under2_0 = lrs("2.0.0").postOne(statement.deepCopy());
		String under1_0_3 = lrs("1.0.3").postOne(statement.deepCopy());

		assertThat(lrs("2.0.0").statement(under2_0).get("timestamp").stringValue()).isEqualTo(utc);
		assertThat(lrs("1.0.3").statement(under2_0).get("timestamp").stringValue()).isEqualTo(utc);
		assertThat(lrs("1.0.3").statement(under1_0_3).get("timestamp").stringValue()).isEqualTo(sent);
		assertThat(lrs("2.0.0").statement(under1_0_3).get("timestamp").stringValue()).isEqualTo(utc);
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void aMissingTimestamp_isTheStoredTime(String version) throws Exception {
		String id = lrs(version).postOne(TestStatements.statement());

		JsonNode read = lrs(version).statement(id);

		assertThat(read.get("timestamp").stringValue()).isEqualTo(read.get("stored").stringValue());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void voidingAStatementTheLrsDoesNotHold_isAccepted(String version) throws Exception {
		String missing = UUID.randomUUID().toString();

		String id = lrs(version).postOne(TestStatements.voiding(missing));

		assertThat(lrs(version).statement(id).at("/object/id").stringValue()).isEqualTo(missing);
		lrs(version).get("?voidedStatementId={id}", missing).andExpect(status().isNotFound());
	}

	/**
	 * 1.0.3 compares the whole Statement (Data 2.3.1); 2.0 only actor, verb, object and
	 * duration (LRS 4.2). Either way nothing changes.
	 */
	@ParameterizedTest
	@CsvSource({ "1.0.3, 409", "2.0.0, 204" })
	void theSameIdWithAnotherResult_isAConflictUnder1_0_3Only(String version, int status) throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.statement();
		statement.putObject("result").put("success", true);
		lrs(version).put(id, statement).andExpect(status().isNoContent());

		ObjectNode changed = statement.deepCopy();
		((ObjectNode) changed.get("result")).put("success", false);
		lrs(version).put(id, changed).andExpect(status().is(status));
		ObjectNode otherVerb = statement.deepCopy();
		((ObjectNode) otherVerb.get("verb")).put("id", TestStatements.verbId());
		lrs(version).put(id, otherVerb).andExpect(status().isConflict());

		assertThat(lrs(version).statement(id).at("/result/success").booleanValue()).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void queriesAndLookups_carryLastModified(String version) throws Exception {
		String registration = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.statement();
		statement.putObject("context").put("registration", registration);
		String id = lrs(version).postOne(statement);
		long stored = Instant.parse(lrs(version).statement(id).get("stored").stringValue())
			.truncatedTo(ChronoUnit.SECONDS)
			.toEpochMilli();

		for (String query : new String[] { "?registration=" + registration, "?statementId=" + id }) {
			MockHttpServletResponse response = lrs(version).get(query)
				.andExpect(status().isOk())
				.andExpect(header().string(XapiClient.VERSION_HEADER, version))
				.andReturn()
				.getResponse();
			assertThat(response.getDateHeader("Last-Modified")).as(query).isEqualTo(stored);
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void multipartWithTheStatementPartOnly_isAccepted(String version) throws Exception {
		XapiClient client = this.xapi.withVersion(version);

		client
			.perform(client.request(HttpMethod.POST, StatementRequests.PATH)
				.contentType("multipart/mixed; boundary=" + StatementAttachmentTests.BOUNDARY)
				.content(StatementAttachmentTests.body(TestStatements.text(TestStatements.statement()))))
			.andExpect(status().isOk());
	}

	@ParameterizedTest
	@ValueSource(strings = { "1.0.3", "2.0.0" })
	void aSignatureInJwsJsonSerialization_isRefused(String version) throws Exception {
		XapiClient client = this.xapi.withVersion(version);
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), UUID.randomUUID().toString());
		String[] compact = TestSigner.load("signer").sign(statement.toString(), JWSAlgorithm.RS256, true).split("\\.");
		String json = "{\"protected\":\"" + compact[0] + "\",\"payload\":\"" + compact[1] + "\",\"signature\":\""
				+ compact[2] + "\"}";
		byte[] signature = json.getBytes(StandardCharsets.US_ASCII);
		statement.putArray("attachments")
			.addObject()
			.put("usageType", StatementSignature.USAGE_TYPE)
			.put("contentType", "application/octet-stream")
			.put("length", signature.length)
			.put("sha2", StatementAttachmentTests.sha256(signature))
			.putObject("display")
			.put("en-US", "Signature");

		client
			.perform(client.request(HttpMethod.POST, StatementRequests.PATH)
				.contentType("multipart/mixed; boundary=" + StatementAttachmentTests.BOUNDARY)
				.content(StatementAttachmentTests.body(statement.toString(),
						StatementAttachmentTests.part(signature, "application/octet-stream"))))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("compact serialization")));
		lrs(version).get("?statementId={id}", statement.get("id").stringValue()).andExpect(status().isNotFound());
	}

	private StatementRequests lrs(String version) {
		return new StatementRequests(this.xapi.withVersion(version));
	}

	private static String groupMbox() {
		return "mailto:" + TestStatements.unique("group-") + "@example.com";
	}

	/** Adds a contextAgent and an Identified Group as contextGroup (2.0 LRS 4.2.2.5). */
	static ObjectNode withContextAgents(ObjectNode statement, String agentMbox, String groupMbox) {
		ObjectNode context = statement.has("context") ? (ObjectNode) statement.get("context")
				: statement.putObject("context");
		ObjectNode contextAgent = context.putArray("contextAgents").addObject();
		contextAgent.put("objectType", "contextAgent");
		contextAgent.set("agent", TestStatements.agent(agentMbox));
		contextAgent.putArray("relevantTypes").add("https://example.com/relevant-types/coach");
		ObjectNode contextGroup = context.putArray("contextGroups").addObject();
		contextGroup.put("objectType", "contextGroup");
		contextGroup.putObject("group").put("objectType", "Group").put("mbox", groupMbox);
		contextGroup.putArray("relevantTypes").add("https://example.com/relevant-types/class");
		return statement;
	}

}
