/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which first arguments start the server and which run a console command.
 */
class CairnApplicationTests {

	@ParameterizedTest
	@ValueSource(strings = { "serve", "--server.port=9000", "--DB_CONNECTION=pgsql" })
	void serverArguments_startTheServer(String first) {
		assertThat(CairnApplication.isConsoleCommand(first)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "help", "-h", "--help", "-V", "--version", "client:list", "client:create" })
	void helpVersionAndCommands_runInTheConsole(String first) {
		assertThat(CairnApplication.isConsoleCommand(first)).isTrue();
	}

}
