/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.EnumSet;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.CreatedClient;
import org.cairnlrs.clients.Scope;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Requests that the servlet container or the firewall refuse before any resource sees
 * them still get a 4xx in the xAPI error format, never a 500 or an HTML page. Sent over a
 * raw socket, since HTTP clients refuse to build them.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "cairn.database.database=target/test-databases/${random.uuid}.db")
class MalformedRequestTests {

	@LocalServerPort
	int port;

	@Autowired
	ClientService clients;

	private String authorization;

	@BeforeEach
	void client() {
		CreatedClient client = this.clients.create(null, null, EnumSet.of(Scope.ALL));
		String pair = client.client().username() + ":" + client.secret();
		this.authorization = Base64.getEncoder().encodeToString(pair.getBytes(StandardCharsets.UTF_8));
	}

	@ParameterizedTest
	@ValueSource(strings = { "/xapi/statements?verb=%zz", "/xapi/statements?verb=%C3%28", "/xapi/statements?%zz=1",
			"/xapi/activities/state?activityId=%ff", "/xapi/agents?agent=%zz" })
	void badPercentEncoding_is400InXapiFormat(String target) throws IOException {
		String answer = send("GET " + target);

		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).containsIgnoringCase("X-Experience-API-Version: 1.0.3")
			.contains("\"status\":400")
			.contains("percent-encoded UTF-8")
			.doesNotContain("Exception");
	}

	@ParameterizedTest
	@ValueSource(strings = { "/xapi//statements", "/xapi/statements;jsessionid=1", "/xapi/../xapi/about" })
	void pathTheFirewallRefuses_is400InXapiFormat(String target) throws IOException {
		String answer = send("GET " + target);

		assertThat(answer).startsWith("HTTP/1.1 400");
		assertThat(answer).contains("\"status\":400").contains("\"requestId\"").doesNotContain("<html");
	}

	private String send(String requestLine) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write((requestLine + " HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Experience-API-Version: 1.0.3\r\n"
					+ "Authorization: Basic " + this.authorization + "\r\nConnection: close\r\n\r\n")
				.getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			try (InputStream in = socket.getInputStream()) {
				return new String(in.readAllBytes(), StandardCharsets.UTF_8);
			}
		}
	}

}
