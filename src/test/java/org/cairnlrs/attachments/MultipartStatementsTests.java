/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;

import org.cairnlrs.xapi.XapiException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading multipart/mixed statement requests (Communication 1.5.2; CHECKLIST 2.7).
 */
class MultipartStatementsTests {

	static final String BOUNDARY = "abc'()+_,-./:=?boundary";

	static final String TYPE = "multipart/mixed; boundary=\"" + BOUNDARY + "\"";

	static final String JSON = "{\"id\":\"x\"}";

	@TempDir
	Path temp;

	@Test
	void read_statementAndTwoParts_spoolsEachPartWithItsHash() throws Exception {
		byte[] text = "hello attachment".getBytes(StandardCharsets.UTF_8);
		byte[] binary = { 0, 1, 2, (byte) 0xff, '\r', '\n', '-', '-' };
		byte[] body = body(json(JSON), part(text, "text/plain", true), part(binary, "application/octet-stream", true));

		try (MultipartStatements request = read(body)) {
			assertThat(new String(request.statements(), StandardCharsets.UTF_8)).isEqualTo(JSON);
			assertThat(request.parts()).containsOnlyKeys(sha256(text), sha256(binary));
			AttachmentPart part = request.parts().get(sha256(binary));
			assertThat(part.length()).isEqualTo(binary.length);
			assertThat(part.bytes()).isEqualTo(binary);
			assertThat(part.contentType()).isEqualTo("application/octet-stream");
		}
	}

	@Test
	void close_deletesTheSpooledFiles() throws Exception {
		byte[] body = body(json(JSON), part(new byte[] { 1, 2, 3 }, "application/octet-stream", true));
		MultipartStatements request = read(body);
		Path file = request.parts().values().iterator().next().file();

		request.close();

		assertThat(Files.exists(file)).isFalse();
		try (var left = Files.list(this.temp)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void read_partWithoutHashHeader_is400() {
		String part = "--" + BOUNDARY
				+ "\r\nContent-Type: text/plain\r\nContent-Transfer-Encoding: binary\r\n\r\nx\r\n";

		assertThatThrownBy(() -> read(body(json(JSON), part.getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("X-Experience-API-Hash");
	}

	@Test
	void read_partWithoutBinaryEncoding_is400() throws Exception {
		assertThatThrownBy(() -> read(body(json(JSON), part("x".getBytes(), "text/plain", false))))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("Content-Transfer-Encoding: binary");
	}

	@Test
	void read_partWhoseContentDoesNotMatchItsHash_is400() {
		String part = "--" + BOUNDARY + "\r\nX-Experience-API-Hash: " + "ab".repeat(32)
				+ "\r\nContent-Transfer-Encoding: binary\r\n\r\nx\r\n";

		assertThatThrownBy(() -> read(body(json(JSON), part.getBytes(StandardCharsets.US_ASCII))))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("does not match its X-Experience-API-Hash");
	}

	@Test
	void read_firstPartNotJson_is400() throws Exception {
		assertThatThrownBy(() -> read(body(part("x".getBytes(), "text/plain", true)))).isInstanceOf(XapiException.class)
			.hasMessageContaining("first part");
	}

	@Test
	void read_withoutBoundary_is400() {
		assertThatThrownBy(() -> MultipartStatements.read(new ByteArrayInputStream(new byte[0]), "multipart/mixed",
				1000, this.temp))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("boundary");
	}

	@Test
	void read_otherMultipartType_is400() {
		assertThatThrownBy(() -> MultipartStatements.read(new ByteArrayInputStream(new byte[0]),
				"multipart/form-data; boundary=x", 1000, this.temp))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("multipart/mixed");
	}

	@Test
	void read_emptyBody_is400() {
		assertThatThrownBy(() -> read(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII)))
			.isInstanceOf(XapiException.class)
			.hasMessageContaining("no part holding statements");
	}

	@Test
	void read_largerThanTheLimit_is413AndLeavesNoFile() throws Exception {
		byte[] body = body(json(JSON), part(new byte[5000], "application/octet-stream", true));

		assertThatThrownBy(() -> MultipartStatements.read(new ByteArrayInputStream(body), TYPE, 1000, this.temp))
			.isInstanceOfSatisfying(XapiException.class, (ex) -> assertThat(ex.status()).isEqualTo(413));
		try (var left = Files.list(this.temp)) {
			assertThat(left).isEmpty();
		}
	}

	@Test
	void read_statementsPartLargerThanItsLimit_is413BeforeTheRestIsRead() throws Exception {
		byte[] body = body(json("{\"padding\":\"" + "x".repeat(3000) + "\"}"));

		assertThatThrownBy(
				() -> MultipartStatements.read(new ByteArrayInputStream(body), TYPE, 1000, 1_000_000, this.temp))
			.isInstanceOfSatisfying(XapiException.class, (ex) -> assertThat(ex.status()).isEqualTo(413))
			.hasMessageContaining("statements part");
	}

	private MultipartStatements read(byte[] body) {
		return MultipartStatements.read(new ByteArrayInputStream(body), TYPE, 10_000_000, this.temp);
	}

	static byte[] json(String json) {
		return ("--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + json + "\r\n")
			.getBytes(StandardCharsets.UTF_8);
	}

	static byte[] part(byte[] content, String type, boolean binary) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(("--" + BOUNDARY + "\r\nContent-Type: " + type + "\r\n"
				+ (binary ? "Content-Transfer-Encoding: binary\r\n" : "") + "X-Experience-API-Hash: " + sha256(content)
				+ "\r\n\r\n")
			.getBytes(StandardCharsets.US_ASCII));
		out.write(content);
		out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	static byte[] body(byte[]... parts) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		for (byte[] part : parts) {
			out.write(part);
		}
		out.write(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	static String sha256(byte[] content) throws Exception {
		return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
	}

}
