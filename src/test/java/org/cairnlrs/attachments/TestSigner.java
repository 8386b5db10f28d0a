/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.io.InputStream;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.util.Base64;

/**
 * Signs statements as a learning tool would, with a test key pair and self-signed
 * certificate kept in {@code src/test/resources/signing/} (made with keytool; password
 * {@code changeit}).
 */
public final class TestSigner {

	private final PrivateKey key;

	private final X509Certificate certificate;

	private TestSigner(PrivateKey key, X509Certificate certificate) {
		this.key = key;
		this.certificate = certificate;
	}

	/** The signer named {@code signer} or {@code other}. */
	public static TestSigner load(String name) throws Exception {
		KeyStore store = KeyStore.getInstance("PKCS12");
		try (InputStream in = TestSigner.class.getResourceAsStream("/signing/" + name + ".p12")) {
			store.load(in, "changeit".toCharArray());
		}
		return new TestSigner((PrivateKey) store.getKey(name, "changeit".toCharArray()),
				(X509Certificate) store.getCertificate(name));
	}

	/** A compact JWS over the JSON, with or without the certificate in {@code x5c}. */
	public String sign(String json, JWSAlgorithm algorithm, boolean withCertificate) throws Exception {
		JWSHeader.Builder header = new JWSHeader.Builder(algorithm);
		if (withCertificate) {
			header.x509CertChain(List.of(Base64.encode(this.certificate.getEncoded())));
		}
		JWSObject jws = new JWSObject(header.build(), new Payload(json));
		jws.sign(new RSASSASigner(this.key));
		return jws.serialize();
	}

	/** A JWS whose header carries another signer's certificate. */
	public String signWithCertificateOf(TestSigner other, String json) throws Exception {
		JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.RS256)
			.x509CertChain(List.of(Base64.encode(other.certificate.getEncoded())))
			.build();
		JWSObject jws = new JWSObject(header, new Payload(json));
		jws.sign(new RSASSASigner(this.key));
		return jws.serialize();
	}

}
