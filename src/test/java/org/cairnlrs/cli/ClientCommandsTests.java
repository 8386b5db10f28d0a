/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.XapiVersion;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The client commands, run as {@code ./cairn client:...} runs them: without a web server,
 * on the configured database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE,
		properties = "cairn.database.database=target/test-databases/${random.uuid}.db")
class ClientCommandsTests {

	@Autowired
	ConfigurableApplicationContext context;

	@Autowired
	ClientService clients;

	private final StringWriter out = new StringWriter();

	private final StringWriter err = new StringWriter();

	@Test
	void create_withoutArguments_generatesNameAndPasswordWithScopeAll() {
		int exit = run("client:create");

		assertThat(exit).isZero();
		String username = this.out.toString().lines().filter((l) -> l.contains("username:")).findFirst().orElseThrow();
		String password = this.out.toString().lines().filter((l) -> l.contains("password:")).findFirst().orElseThrow();
		String name = username.substring(username.indexOf(':') + 1).trim();
		String secret = password.substring(password.indexOf(':') + 1).trim();
		assertThat(secret).hasSize(32);
		assertThat(this.clients.authenticate(name, secret))
			.hasValueSatisfying((client) -> assertThat(client.scopes()).containsExactly(Scope.ALL));
	}

	@Test
	void create_withNamePasswordAndScopes_storesThem() {
		int exit = run("client:create", "moodle", "s3cret-Pass", "--scopes", "statements/write statements/read/mine");

		assertThat(exit).isZero();
		assertThat(this.out.toString()).doesNotContain("s3cret-Pass");
		assertThat(this.clients.authenticate("moodle", "s3cret-Pass"))
			.hasValueSatisfying((client) -> assertThat(client.scopes())
				.containsExactlyInAnyOrder(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE));
	}

	@Test
	void create_withUnknownScope_failsAndNamesIt() {
		int exit = run("client:create", "h5p", "--scopes", "statements/everything");

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("statements/everything");
		assertThat(this.clients.list()).noneMatch((client) -> client.username().equals("h5p"));
	}

	@Test
	void create_withEmptyScopes_failsInsteadOfGrantingAll() {
		int exit = run("client:create", "scripted", "--scopes", "");

		assertThat(exit).isEqualTo(2);
		assertThat(this.err.toString()).contains("names no scope");
		assertThat(this.clients.list()).noneMatch((client) -> client.username().equals("scripted"));
	}

	@Test
	void create_withTakenName_fails() {
		assertThat(run("client:create", "twice", "pw-one")).isZero();

		assertThat(run("client:create", "twice", "pw-two")).isEqualTo(2);
		assertThat(this.err.toString()).contains("exists already");
	}

	@Test
	void list_showsEveryClientWithScopes() {
		run("client:create", "alpha", "pw", "--scopes", "state,profile");
		run("client:create", "beta", "pw");

		assertThat(run("client:list")).isZero();
		assertThat(this.out.toString()).contains("USERNAME")
			.containsPattern("alpha .* state profile")
			.containsPattern("beta .* all");
	}

	@Test
	void create_speaksTheNewestVersionUnlessToldOtherwise() {
		assertThat(run("client:create", "new-tool", "pw")).isZero();
		assertThat(run("client:create", "old-tool", "pw", "--xapi-version", "1.0.3")).isZero();

		assertThat(this.clients.authenticate("new-tool", "pw"))
			.hasValueSatisfying((client) -> assertThat(client.xapiVersion()).isEqualTo(XapiVersion.V2_0_0));
		assertThat(this.clients.authenticate("old-tool", "pw"))
			.hasValueSatisfying((client) -> assertThat(client.xapiVersion()).isEqualTo(XapiVersion.V1_0_3));
		assertThat(this.out.toString()).contains("speaking xAPI 1.0.3 by default");
		assertThat(run("client:list")).isZero();
		assertThat(this.out.toString()).containsPattern("new-tool .* all +2\\.0\\.0")
			.containsPattern("old-tool .* all +1\\.0\\.3");
	}

	@Test
	void create_withUnknownVersion_failsAndNamesTheVersions() {
		assertThat(run("client:create", "future-tool", "pw", "--xapi-version", "2.1.0")).isEqualTo(2);

		assertThat(this.err.toString()).contains("2.1.0").contains("1.0.3, 2.0.0");
		assertThat(this.clients.list()).noneMatch((client) -> client.username().equals("future-tool"));
	}

	@Test
	void version_changesTheDefaultVersionOfAClient() {
		run("client:create", "moving-tool", "pw");

		assertThat(run("client:version", "moving-tool", "1.0")).isZero();
		assertThat(this.clients.authenticate("moving-tool", "pw"))
			.hasValueSatisfying((client) -> assertThat(client.xapiVersion()).isEqualTo(XapiVersion.V1_0_3));
		assertThat(run("client:version", "moving-tool", "0.95")).isEqualTo(2);
		assertThat(run("client:version", "no-such-tool", "2.0.0")).isEqualTo(1);
		assertThat(this.err.toString()).contains("no client named 'no-such-tool'");
	}

	@Test
	void delete_removesTheClientAndItsAccess() {
		run("client:create", "leaving", "pw");

		assertThat(run("client:delete", "leaving")).isZero();
		assertThat(this.clients.authenticate("leaving", "pw")).isEmpty();
		assertThat(run("client:delete", "leaving")).isEqualTo(1);
		assertThat(this.err.toString()).contains("no client named 'leaving'");
	}

	private int run(String... args) {
		CommandLine commandLine = ConsoleLauncher.commandLine(this.context);
		commandLine.setOut(new PrintWriter(this.out, true));
		commandLine.setErr(new PrintWriter(this.err, true));
		return commandLine.execute(args);
	}

}
