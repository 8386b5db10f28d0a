/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import java.util.Map;

import picocli.CommandLine;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Runs one console command: starts the application without its web server (so the
 * database is migrated and configured as for {@code serve}), runs the command and returns
 * its exit code.
 */
public final class ConsoleLauncher {

	private ConsoleLauncher() {
	}

	/**
	 * Runs a command.
	 * @param application the application class
	 * @param args the command and its arguments, such as
	 * {@code client:create tool1 --scopes statements/write}
	 * @return the exit code
	 */
	public static int run(Class<?> application, String... args) {
		SpringApplication app = new SpringApplication(application);
		app.setWebApplicationType(WebApplicationType.NONE);
		app.setLogStartupInfo(false);
		app.setDefaultProperties(Map.of("logging.level.org.cairnlrs", "WARN"));
		try (ConfigurableApplicationContext context = app.run()) {
			return commandLine(context).execute(args);
		}
	}

	static CommandLine commandLine(ConfigurableApplicationContext context) {
		return new CommandLine(new CairnCommand(), new SpringFactory(context));
	}

}
