/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import org.cairnlrs.database.DatabaseProperties;
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
		// Over application.properties: a command prints its own results, not the server's
		// log lines.
		try (ConfigurableApplicationContext context = app.run("--logging.level.org.cairnlrs=WARN")) {
			CommandLine commandLine = commandLine(context);
			if (!isHelp(args)) {
				// Said on every command: a console run in another folder works on another
				// SQLite file.
				commandLine.getErr().println("Using the " + context.getBean(DatabaseProperties.class).description());
				commandLine.getErr().flush();
			}
			return commandLine.execute(args);
		}
	}

	private static boolean isHelp(String... args) {
		for (String arg : args) {
			if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
				return true;
			}
		}
		return false;
	}

	static CommandLine commandLine(ConfigurableApplicationContext context) {
		return new CommandLine(new CairnCommand(), new SpringFactory(context));
	}

}
