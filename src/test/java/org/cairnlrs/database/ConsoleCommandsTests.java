/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;

import org.cairnlrs.CairnApplication;
import org.cairnlrs.cli.ConsoleLauncher;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.TestDatabase;
import org.cairnlrs.support.TestDatabaseCondition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The console commands, run as {@code ./cairn client:...} runs them (a fresh application
 * without web server, configured like the server), work on each database.
 */
@Tag(LrsTest.TAG)
@ExtendWith(TestDatabaseCondition.class)
class ConsoleCommandsTests {

	private final Map<String, String> previous = new HashMap<>();

	private TestDatabase database;

	@BeforeEach
	void pointTheConsoleAtAFreshDatabase() {
		this.database = TestDatabase.create();
		this.database.applicationProperties().forEach((name, value) -> {
			this.previous.put(name, System.getProperty(name));
			System.setProperty(name, String.valueOf(value));
		});
	}

	@AfterEach
	void restore() {
		this.previous.forEach((name, value) -> {
			if (value == null) {
				System.clearProperty(name);
			}
			else {
				System.setProperty(name, value);
			}
		});
		this.database.drop();
	}

	@Test
	void createListAndDelete_workOnThisDatabase() {
		Run created = run("client:create", "console-tool", "Console-Pass-1", "--scopes", "statements/read state");
		Run listed = run("client:list");
		Run deleted = run("client:delete", "console-tool");
		Run listedAfter = run("client:list");

		assertThat(created.exit()).as(created.out()).isZero();
		assertThat(created.out()).contains("console-tool").doesNotContain("Console-Pass-1");
		assertThat(listed.exit()).isZero();
		assertThat(listed.out()).containsPattern("console-tool\\s+\\S+\\s+statements/read state");
		assertThat(deleted.exit()).as(deleted.out()).isZero();
		assertThat(listedAfter.out()).contains("USERNAME").doesNotContain("console-tool");
	}

	@Test
	void create_withTakenName_failsWithoutChangingTheFirst() {
		run("client:create", "twice", "First-Pass-1");

		Run second = run("client:create", "twice", "Second-Pass-2");

		assertThat(second.exit()).isNotZero();
		assertThat(second.out()).contains("exists already");
		assertThat(run("client:list").out().lines().filter((line) -> line.startsWith("twice "))).hasSize(1);
	}

	private static Run run(String... args) {
		ByteArrayOutputStream captured = new ByteArrayOutputStream();
		PrintStream out = System.out;
		PrintStream err = System.err;
		PrintStream both = new PrintStream(captured, true, StandardCharsets.UTF_8);
		System.setOut(both);
		System.setErr(both);
		try {
			int exit = ConsoleLauncher.run(CairnApplication.class, args);
			return new Run(exit, captured.toString(StandardCharsets.UTF_8));
		}
		finally {
			System.setOut(out);
			System.setErr(err);
		}
	}

	private record Run(int exit, String out) {
	}

}
