/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

import org.cairnlrs.attachments.AttachmentPart;
import org.cairnlrs.attachments.MultipartStatements;
import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.CreatedClient;
import org.cairnlrs.clients.Scope;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 100 MB attachment goes in and comes out through a real server whose whole JVM has a
 * 256 MB heap: attachment data is streamed and kept in chunks, never held whole. Runs in
 * its own Surefire execution with {@code -Xmx256m} (tag {@value #TAG}).
 */
@Tag(LargeAttachmentTests.TAG)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cairn.database.database=target/test-databases/${random.uuid}.db")
class LargeAttachmentTests {

	static final String TAG = "large-attachment";

	static final long SIZE = 100L * 1024 * 1024;

	static final long HEAP_LIMIT = 256L * 1024 * 1024;

	static final String BOUNDARY = "large-attachment-boundary";

	@LocalServerPort
	int port;

	@Autowired
	ClientService clients;

	@TempDir
	Path temp;

	@Test
	@DisplayName("A 100 MB attachment round-trips with a 256 MB heap")
	void hundredMegabyteAttachment_roundTripsWithSmallHeap() throws Exception {
		assertThat(Runtime.getRuntime().maxMemory()).as("run with -Xmx256m").isLessThanOrEqualTo(HEAP_LIMIT);
		String sha2 = HexFormat.of().formatHex(digest(new Pattern(SIZE)));
		String id = UUID.randomUUID().toString();
		CreatedClient client = this.clients.create(null, null, EnumSet.of(Scope.ALL));
		HttpClient http = HttpClient.newHttpClient();

		HttpResponse<String> posted = http
			.send(request(client, "/xapi/statements").header("Content-Type", "multipart/mixed; boundary=" + BOUNDARY)
				.POST(HttpRequest.BodyPublishers.ofInputStream(() -> body(id, sha2)))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);

		HttpResponse<InputStream> read = http.send(
				request(client, "/xapi/statements?attachments=true&statementId=" + id).GET().build(),
				HttpResponse.BodyHandlers.ofInputStream());
		assertThat(read.statusCode()).isEqualTo(200);
		String contentType = read.headers().firstValue("Content-Type").orElseThrow();
		try (InputStream answer = read.body();
				MultipartStatements multipart = MultipartStatements.read(answer, contentType, 2 * SIZE, this.temp)) {
			assertThat(new String(multipart.statements(), StandardCharsets.UTF_8)).contains(id);
			AttachmentPart part = multipart.parts().get(sha2);
			assertThat(part).as("the attachment part, its hash checked while read").isNotNull();
			assertThat(part.length()).isEqualTo(SIZE);
		}
	}

	private HttpRequest.Builder request(CreatedClient client, String path) {
		String credentials = client.client().username() + ":" + client.secret();
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Experience-API-Version", "1.0.3")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
	}

	private static InputStream body(String id, String sha2) {
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), id);
		statement.putArray("attachments")
			.addObject()
			.put("usageType", "http://example.org/attachment-usage/recording")
			.put("contentType", "application/octet-stream")
			.put("length", SIZE)
			.put("sha2", sha2)
			.putObject("display")
			.put("en-US", "Recording");
		String head = "--" + BOUNDARY + "\r\nContent-Type: application/json\r\n\r\n" + statement + "\r\n--" + BOUNDARY
				+ "\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: binary\r\n"
				+ "X-Experience-API-Hash: " + sha2 + "\r\n\r\n";
		String tail = "\r\n--" + BOUNDARY + "--\r\n";
		List<InputStream> pieces = List.of(new ByteArrayInputStream(head.getBytes(StandardCharsets.UTF_8)),
				new Pattern(SIZE), new ByteArrayInputStream(tail.getBytes(StandardCharsets.US_ASCII)));
		return new SequenceInputStream(java.util.Collections.enumeration(pieces));
	}

	private static byte[] digest(InputStream in) throws Exception {
		MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
		byte[] buffer = new byte[64 * 1024];
		for (int read = in.read(buffer); read != -1; read = in.read(buffer)) {
			sha256.update(buffer, 0, read);
		}
		return sha256.digest();
	}

	/**
	 * Deterministic pseudo-random bytes (xorshift), made as they are read, so the test
	 * itself holds none of them.
	 */
	static final class Pattern extends InputStream {

		private long remaining;

		private long state = 0x9E3779B97F4A7C15L;

		Pattern(long size) {
			this.remaining = size;
		}

		@Override
		public int read() {
			byte[] one = new byte[1];
			return (read(one, 0, 1) == -1) ? -1 : one[0] & 0xff;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.remaining == 0) {
				return -1;
			}
			int count = (int) Math.min(length, this.remaining);
			for (int i = 0; i < count; i++) {
				this.state ^= this.state << 13;
				this.state ^= this.state >>> 7;
				this.state ^= this.state << 17;
				buffer[offset + i] = (byte) this.state;
			}
			this.remaining -= count;
			return count;
		}

	}

}
