/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.MACSigner;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiVersion;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Signed statements (Data 2.6; CHECKLIST 2.8).
 */
class StatementSignatureTests {

	static final JsonMapper MAPPER = JsonMapper.builder().build();

	static final String UNSIGNED = """
			{"id":"a6c8a0a6-64c1-4a8e-9b1e-0f5e2d7d1c01",
			 "actor":{"mbox":"mailto:learner@example.org"},
			 "verb":{"id":"http://adlnet.gov/expapi/verbs/passed","display":{"en-US":"passed"}},
			 "object":{"id":"http://example.org/courses/fire-safety"}}""";

	static TestSigner signer;

	static TestSigner other;

	@BeforeAll
	static void loadKeys() throws Exception {
		signer = TestSigner.load("signer");
		other = TestSigner.load("other");
	}

	@ParameterizedTest
	@ValueSource(strings = { "RS256", "RS384", "RS512" })
	void verify_rsaSignatureOverTheSameStatement_passes(String algorithm) throws Exception {
		String jws = signer.sign(UNSIGNED, JWSAlgorithm.parse(algorithm), true);

		assertThatCode(() -> StatementSignature.verify(signed(jws), bytes(jws), "the statement", XapiVersion.V1_0_3))
			.doesNotThrowAnyException();
	}

	@Test
	void verify_under20_comparesByThe20Rules() throws Exception {
		String jws = signer.sign(UNSIGNED, JWSAlgorithm.RS256, true);
		String tampered = signer.sign(UNSIGNED.replace("verbs/passed", "verbs/failed"), JWSAlgorithm.RS256, true);

		assertThatCode(() -> StatementSignature.verify(signed(jws), bytes(jws), "the statement", XapiVersion.V2_0_0))
			.doesNotThrowAnyException();
		assertThatThrownBy(
				() -> StatementSignature.verify(signed(tampered), bytes(tampered), "the statement", XapiVersion.V2_0_0))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("not the same statement");
	}

	@Test
	void verify_withoutCertificate_checksThePayloadOnly() throws Exception {
		String jws = signer.sign(UNSIGNED, JWSAlgorithm.RS256, false);

		assertThatCode(() -> StatementSignature.verify(signed(jws), bytes(jws), "the statement", XapiVersion.V1_0_3))
			.doesNotThrowAnyException();
	}

	@Test
	void verify_tamperedStatement_is400() throws Exception {
		String jws = signer.sign(UNSIGNED.replace("verbs/passed", "verbs/failed"), JWSAlgorithm.RS256, true);

		assertThatThrownBy(
				() -> StatementSignature.verify(signed(jws), bytes(jws), "the statement", XapiVersion.V1_0_3))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("not the same statement");
	}

	@Test
	void verify_certificateOfAnotherKey_is400() throws Exception {
		String jws = signer.signWithCertificateOf(other, UNSIGNED);

		assertThatThrownBy(
				() -> StatementSignature.verify(signed(jws), bytes(jws), "the statement", XapiVersion.V1_0_3))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("does not verify");
	}

	@Test
	void verify_hmacAlgorithm_is400() throws Exception {
		JWSObject jws = new JWSObject(new JWSHeader(JWSAlgorithm.HS256), new Payload(UNSIGNED));
		jws.sign(new MACSigner(new byte[32]));
		String compact = jws.serialize();

		assertThatThrownBy(
				() -> StatementSignature.verify(signed(compact), bytes(compact), "the statement", XapiVersion.V1_0_3))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("RS256, RS384 or RS512");
	}

	@Test
	void verify_notAJws_is400() {
		assertThatThrownBy(
				() -> StatementSignature.verify(signed("x"), bytes("not a jws"), "statement [2]", XapiVersion.V1_0_3))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("statement [2]")
			.hasMessageContaining("compact serialization");
	}

	/** The statement as sent: the original plus its signature attachment. */
	static JsonNode signed(String jws) {
		var statement = (tools.jackson.databind.node.ObjectNode) MAPPER.readTree(UNSIGNED);
		statement.putArray("attachments")
			.addObject()
			.put("usageType", StatementSignature.USAGE_TYPE)
			.put("contentType", "application/octet-stream")
			.put("length", jws.length())
			.put("sha2", "0".repeat(64))
			.putObject("display")
			.put("en-US", "signature");
		return statement;
	}

	static byte[] bytes(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

}
