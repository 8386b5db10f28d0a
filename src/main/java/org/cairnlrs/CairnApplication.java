/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs;

import java.util.Arrays;

import org.cairnlrs.cli.ConsoleLauncher;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Starts Cairn LRS: {@code serve} (or no command) runs the server, any other command is a
 * console command.
 */
@SpringBootApplication
public class CairnApplication {

	public static void main(String[] args) {
		if (args.length > 0 && !args[0].equals("serve") && !args[0].startsWith("--")) {
			System.exit(ConsoleLauncher.run(CairnApplication.class, args));
		}
		String[] serverArgs = (args.length > 0 && args[0].equals("serve")) ? Arrays.copyOfRange(args, 1, args.length)
				: args;
		SpringApplication.run(CairnApplication.class, serverArgs);
	}

}
