/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.cairnlrs.CairnApplication;
import org.cairnlrs.clients.CreatedClient;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * One Cairn LRS node: the whole application with its web server on a free port of
 * 127.0.0.1, spoken to over real HTTP.
 */
final class LrsNode implements AutoCloseable {

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final String name;

	private final ConfigurableApplicationContext context;

	private final String base;

	private LrsNode(String name, ConfigurableApplicationContext context) {
		this.name = name;
		this.context = context;
		this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
	}

	/**
	 * Starts a node as an operator would: settings as command line arguments, which come
	 * before the defaults of application.properties.
	 * @param name the node's name in messages
	 * @param settings property names and values
	 * @return the running node
	 */
	static LrsNode start(String name, Map<String, Object> settings) {
		return start(name, settings, () -> {
		});
	}

	/**
	 * Starts a node, telling when its logging is set up: Spring Boot sets logging up
	 * through JVM-wide system properties, so two nodes of one JVM must not do that at the
	 * same moment, while the rest of their start (migrations included) may overlap.
	 * @param name the node's name in messages
	 * @param settings property names and values
	 * @param loggingReady called once the node's logging is set up, before its context
	 * starts
	 * @return the running node
	 */
	static LrsNode start(String name, Map<String, Object> settings, Runnable loggingReady) {
		List<String> args = new ArrayList<>();
		settings.forEach((key, value) -> args.add("--" + key + "=" + value));
		args.add("--server.port=0");
		args.add("--server.address=127.0.0.1");
		ConfigurableApplicationContext context = new SpringApplicationBuilder(CairnApplication.class)
			.listeners((ApplicationListener<ApplicationContextInitializedEvent>) (event) -> loggingReady.run())
			.run(args.toArray(String[]::new));
		return new LrsNode(name, context);
	}

	String name() {
		return this.name;
	}

	<T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	/** Sends a request to the xAPI endpoint of this node. */
	Answer send(CreatedClient client, String method, String pathAndQuery, String contentType, String body,
			Map<String, String> headers) {
		String credentials = client.client().username() + ":" + client.secret();
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + pathAndQuery))
			.timeout(Duration.ofSeconds(60))
			.header("X-Experience-API-Version", "1.0.3")
			.header("Authorization",
					"Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody());
		if (contentType != null) {
			request.header("Content-Type", contentType);
		}
		headers.forEach(request::header);
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Answer(this.name, response.statusCode(), response.body(),
					response.headers().firstValue("ETag").orElse(null));
		}
		catch (IOException ex) {
			throw new IllegalStateException(method + " " + pathAndQuery + " on " + this.name + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

	/** A query string of encoded parameters, starting with '?'. */
	static String query(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&", "?", ""));
	}

	@Override
	public void close() {
		this.context.close();
	}

	/**
	 * An HTTP answer.
	 *
	 * @param node the node that gave it
	 * @param status the status code
	 * @param body the body
	 * @param etag the ETag header, if any
	 */
	record Answer(String node, int status, String body, String etag) {

		@Override
		public String toString() {
			return this.node + ": " + this.status + " "
					+ ((this.body.length() > 300) ? this.body.substring(0, 300) + "..." : this.body);
		}

	}

}
