/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.io.PrintStream;
import java.util.EnumSet;

import org.cairnlrs.api.XapiProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Says where the endpoint is once the server answers, and on the first start with no
 * client at all makes one and prints its credentials, once, so that a newcomer can
 * connect a learning tool straight away.
 */
@Component
@ConditionalOnWebApplication
class FirstClientRunner implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstClientRunner.class);

	private final ClientService clients;

	private final XapiProperties xapi;

	private final Environment environment;

	private final PrintStream out = System.out;

	FirstClientRunner(ClientService clients, XapiProperties xapi, Environment environment) {
		this.clients = clients;
		this.xapi = xapi;
		this.environment = environment;
	}

	@Override
	public void run(ApplicationArguments args) {
		String endpoint = endpoint();
		logger.info("Cairn LRS serves xAPI at {}", endpoint);
		if (!this.clients.isEmpty()) {
			return;
		}
		CreatedClient created = this.clients.create(null, null, EnumSet.of(Scope.ALL));
		this.out.println();
		this.out.println("Cairn LRS is ready. xAPI endpoint: " + endpoint);
		this.out.println("A first API client (scope 'all') was made; its password is shown only this once:");
		this.out.println("  username: " + created.client().username());
		this.out.println("  password: " + created.secret());
		this.out.println("Manage clients with ./cairn client:create, client:list and client:delete.");
		this.out.println();
	}

	/**
	 * The endpoint's address: APP_URL when set, else this machine and the port the server
	 * listens on.
	 */
	private String endpoint() {
		String appUrl = this.environment.getProperty("cairn.url", "");
		String port = this.environment.getProperty("local.server.port", "8080");
		String base = appUrl.isBlank() ? "http://localhost:" + port : appUrl.trim();
		return (base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + this.xapi.basePath() + "/";
	}

}
