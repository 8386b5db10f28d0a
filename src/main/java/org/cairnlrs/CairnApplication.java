/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs;

import java.util.Arrays;
import java.util.Set;

import org.cairnlrs.cli.ConsoleLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Cairn LRS: {@code serve} (or nothing, or only server settings such as
 * {@code --server.port=9000}) runs the server; anything else, help and version included,
 * is a console command.
 */
@SpringBootApplication
public class CairnApplication {

	private static final Set<String> CONSOLE_OPTIONS = Set.of("help", "-h", "--help", "-V", "--version");

	public static void main(String[] args) {
		if (args.length > 0 && isConsoleCommand(args[0])) {
			String[] command = args[0].equals("help") ? new String[] { "--help" } : args;
			System.exit(ConsoleLauncher.run(CairnApplication.class, command));
		}
		String[] serverArgs = (args.length > 0 && args[0].equals("serve")) ? Arrays.copyOfRange(args, 1, args.length)
				: args;
		SpringApplication.run(CairnApplication.class, serverArgs);
	}

	static boolean isConsoleCommand(String first) {
		return CONSOLE_OPTIONS.contains(first) || !(first.equals("serve") || first.startsWith("--"));
	}

}
