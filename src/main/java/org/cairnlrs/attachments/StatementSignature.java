/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.text.ParseException;
import java.util.List;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.util.Base64;
import com.nimbusds.jose.util.X509CertUtils;
import org.cairnlrs.xapi.StatementComparator;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiVersion;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks a signed statement (Data 2.6): the signature attachment holds a JWS in compact
 * serialization, signed with RS256, RS384 or RS512, whose payload is the statement as it
 * was before the signature was attached. When the JWS header carries an X.509 chain, the
 * signature must verify against its first certificate. Whether to trust the signer is not
 * the LRS's decision.
 */
public final class StatementSignature {

	public static final String USAGE_TYPE = "http://adlnet.gov/expapi/attachments/signature";

	private static final Set<JWSAlgorithm> ALGORITHMS = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384,
			JWSAlgorithm.RS512);

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private StatementSignature() {
	}

	/**
	 * Checks a signature.
	 * @param statement the statement as received
	 * @param signature the content of its signature attachment
	 * @param where the statement's place in the request, for messages
	 * @param version the xAPI version whose rules say when two statements are the same
	 * @throws XapiException 400 naming what is wrong with the signature
	 */
	public static void verify(JsonNode statement, byte[] signature, String where, XapiVersion version) {
		JWSObject jws = parse(signature, where);
		if (!ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
			throw XapiException.badRequest("The signature of " + where + " uses the algorithm "
					+ jws.getHeader().getAlgorithm() + "; a signed statement must use RS256, RS384 or RS512");
		}
		JsonNode payload = payload(jws, where);
		if (!StatementComparator.sameStatement(payload, withoutSignature(statement), version)) {
			throw XapiException
				.badRequest("The signed payload of " + where + " is not the same statement as " + where + " itself");
		}
		List<Base64> chain = jws.getHeader().getX509CertChain();
		if (chain != null && !chain.isEmpty() && !verifies(jws, chain.get(0), where)) {
			throw XapiException.badRequest(
					"The signature of " + where + " does not verify against the first certificate of its x5c header");
		}
	}

	private static JWSObject parse(byte[] signature, String where) {
		try {
			return JWSObject.parse(new String(signature, StandardCharsets.UTF_8).trim());
		}
		catch (ParseException ex) {
			throw XapiException
				.badRequest("The signature attachment of " + where + " is not a JWS in compact serialization");
		}
	}

	private static JsonNode payload(JWSObject jws, String where) {
		try {
			JsonNode payload = MAPPER.readTree(jws.getPayload().toString());
			if (payload instanceof ObjectNode) {
				return payload;
			}
		}
		catch (JacksonException ex) {
			// Answered below.
		}
		throw XapiException.badRequest("The JWS payload in the signature of " + where + " is not a statement");
	}

	private static boolean verifies(JWSObject jws, Base64 certificate, String where) {
		X509Certificate parsed = X509CertUtils.parse(certificate.decode());
		PublicKey key = (parsed != null) ? parsed.getPublicKey() : null;
		if (!(key instanceof RSAPublicKey rsa)) {
			throw XapiException
				.badRequest("The x5c header in the signature of " + where + " does not start with an RSA certificate");
		}
		try {
			return jws.verify(new RSASSAVerifier(rsa));
		}
		catch (JOSEException ex) {
			return false;
		}
	}

	/**
	 * The statement without its signature attachments, as it was when it was signed.
	 */
	static JsonNode withoutSignature(JsonNode statement) {
		ObjectNode copy = ((ObjectNode) statement).deepCopy();
		if (copy.get("attachments") instanceof ArrayNode attachments) {
			ArrayNode kept = copy.putArray("attachments");
			attachments.forEach((attachment) -> {
				if (!USAGE_TYPE.equals(attachment.path("usageType").asString(""))) {
					kept.add(attachment);
				}
			});
			if (kept.isEmpty()) {
				copy.remove("attachments");
			}
		}
		return copy;
	}

}
