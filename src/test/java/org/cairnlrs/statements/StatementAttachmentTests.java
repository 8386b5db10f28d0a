/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.UUID;

import com.nimbusds.jose.JWSAlgorithm;
import org.cairnlrs.attachments.StatementSignature;
import org.cairnlrs.attachments.TestSigner;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Statements with attachment data (Communication 1.5.2; Data 2.4.11) and signed
 * Statements (Data 2.6), through the Statement resource.
 */
@LrsTest
class StatementAttachmentTests {

	static final String BOUNDARY = "xapi-test-boundary";

	@Autowired
	XapiClient xapi;

	@Test
	@DisplayName("A multipart POST stores the Statement and its data; attachments=true gives the data back")
	void post_multipart_roundTripsTheAttachment() throws Exception {
		byte[] data = "certificate of completion".getBytes(StandardCharsets.UTF_8);
		ObjectNode statement = withAttachment(TestStatements.statement(), data, "text/plain");
		String id = UUID.randomUUID().toString();
		TestStatements.withId(statement, id);

		post(body(statement.toString(), part(data, "text/plain"))).andExpect(status().isOk());

		MvcResult result = this.xapi
			.perform(this.xapi.get(StatementRequests.PATH + "?statementId={id}&attachments=true", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("multipart/mixed; boundary=")))
			.andReturn();
		String answer = result.getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer).contains("X-Experience-API-Hash: " + sha256(data))
			.contains("Content-Transfer-Encoding: binary")
			.contains("certificate of completion")
			.contains("\"id\":\"" + id + "\"");
	}

	@Test
	@DisplayName("Without attachments=true the answer is JSON with no attachment data")
	void get_withoutAttachmentsParameter_answersJsonOnly() throws Exception {
		byte[] data = { 1, 2, 3, 4 };
		ObjectNode statement = withAttachment(TestStatements.statement(), data, "application/octet-stream");
		String id = UUID.randomUUID().toString();
		TestStatements.withId(statement, id);
		post(body(statement.toString(), part(data, "application/octet-stream"))).andExpect(status().isOk());

		this.xapi.perform(this.xapi.get(StatementRequests.PATH + "?statementId={id}", id))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", startsWith("application/json")))
			.andExpect(jsonPath("$.attachments[0].sha2").value(sha256(data)));
	}

	@Test
	@DisplayName("One part serves several Statements that share an attachment, and is answered once")
	void post_batchSharingAHash_storesOnePart() throws Exception {
		byte[] data = "shared".getBytes(StandardCharsets.UTF_8);
		String registration = UUID.randomUUID().toString();
		ArrayNode batch = tools.jackson.databind.node.JsonNodeFactory.instance.arrayNode();
		for (int i = 0; i < 2; i++) {
			ObjectNode statement = withAttachment(TestStatements.statement(), data, "text/plain");
			statement.putObject("context").put("registration", registration);
			batch.add(statement);
		}

		post(body(batch.toString(), part(data, "text/plain"))).andExpect(status().isOk());

		String answer = this.xapi
			.perform(this.xapi.get(StatementRequests.PATH + "?registration={r}&attachments=true", registration))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(answer.split("X-Experience-API-Hash: ", -1)).hasSize(2);
	}

	@Test
	@DisplayName("An attachment with a fileUrl needs no part, as JSON or as multipart")
	void post_fileUrlOnly_isAccepted() throws Exception {
		ObjectNode statement = withAttachment(TestStatements.statement(), new byte[] { 9 }, "image/png");
		((ObjectNode) statement.get("attachments").get(0)).put("fileUrl", "https://example.org/badge.png");

		this.xapi.perform(this.xapi.json(HttpMethod.POST, statement.toString(), StatementRequests.PATH))
			.andExpect(status().isOk());
		post(body(statement.toString())).andExpect(status().isOk());
	}

	@Test
	@DisplayName("An attachment with neither a part nor a fileUrl is a 400, and nothing is stored")
	void post_missingPart_returns400() throws Exception {
		ObjectNode statement = withAttachment(TestStatements.statement(), new byte[] { 7 }, "text/plain");
		String id = UUID.randomUUID().toString();
		TestStatements.withId(statement, id);

		post(body(statement.toString())).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("attachments[0]")));
		this.xapi.perform(this.xapi.get(StatementRequests.PATH + "?statementId={id}", id))
			.andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("A part that matches no attachment is a 400")
	void post_extraPart_returns400() throws Exception {
		byte[] data = "declared".getBytes(StandardCharsets.UTF_8);
		ObjectNode statement = withAttachment(TestStatements.statement(), data, "text/plain");

		post(body(statement.toString(), part(data, "text/plain"), part("stray".getBytes(), "text/plain")))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("matches the sha2 of no attachment")));
	}

	@Test
	@DisplayName("A multipart PUT stores the Statement under statementId")
	void put_multipart_returns204() throws Exception {
		byte[] data = "put data".getBytes(StandardCharsets.UTF_8);
		ObjectNode statement = withAttachment(TestStatements.statement(), data, "text/plain");
		String id = UUID.randomUUID().toString();

		this.xapi
			.perform(this.xapi.request(HttpMethod.PUT, StatementRequests.PATH + "?statementId={id}", id)
				.contentType("multipart/mixed; boundary=" + BOUNDARY)
				.content(body(statement.toString(), part(data, "text/plain"))))
			.andExpect(status().isNoContent());
		this.xapi.perform(this.xapi.get(StatementRequests.PATH + "?statementId={id}", id)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("A signed Statement (RS256 with its certificate) is stored (Data 2.6)")
	void post_signedStatement_isStored() throws Exception {
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), UUID.randomUUID().toString());
		String jws = TestSigner.load("signer").sign(statement.toString(), JWSAlgorithm.RS256, true);

		post(signed(statement, jws)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("A signed Statement whose payload differs from the Statement is a 400, and is not stored")
	void post_tamperedSignedStatement_returns400() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), id);
		String jws = TestSigner.load("signer").sign(statement.toString(), JWSAlgorithm.RS256, true);
		statement.putObject("result").put("success", true);

		post(signed(statement, jws)).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message", containsString("not the same statement")));
		this.xapi.perform(this.xapi.get(StatementRequests.PATH + "?statementId={id}", id))
			.andExpect(status().isNotFound());
	}

	private ResultActions post(byte[] body) throws Exception {
		return this.xapi.perform(this.xapi.request(HttpMethod.POST, StatementRequests.PATH)
			.contentType("multipart/mixed; boundary=" + BOUNDARY)
			.content(body));
	}

	private static byte[] signed(ObjectNode statement, String jws) throws Exception {
		byte[] signature = jws.getBytes(StandardCharsets.US_ASCII);
		statement.putArray("attachments")
			.addObject()
			.put("usageType", StatementSignature.USAGE_TYPE)
			.put("contentType", "application/octet-stream")
			.put("length", signature.length)
			.put("sha2", sha256(signature))
			.putObject("display")
			.put("en-US", "Signature");
		return body(statement.toString(), part(signature, "application/octet-stream"));
	}

	static ObjectNode withAttachment(ObjectNode statement, byte[] data, String contentType) throws Exception {
		statement.putArray("attachments")
			.addObject()
			.put("usageType", "http://example.org/attachment-usage/certificate")
			.put("contentType", contentType)
			.put("length", data.length)
			.put("sha2", sha256(data))
			.putObject("display")
			.put("en-US", "Certificate");
		return statement;
	}

	static byte[] part(byte[] data, String contentType) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + BOUNDARY + "\r\nContent-Type: " + contentType
				+ "\r\nContent-Transfer-Encoding: binary\r\nX-Experience-API-Hash: " + sha256(data) + "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(data);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	static byte[] body(String json, byte[]... parts) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n")
			.getBytes(StandardCharsets.UTF_8));
		for (byte[] part : parts) {
			out.write(part);
		}
		out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	static String sha256(byte[] data) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(data));
	}

}
