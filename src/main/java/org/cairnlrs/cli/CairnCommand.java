/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The top of the console commands; {@code ./cairn --help} lists them.
 */
@Command(name = "cairn", mixinStandardHelpOptions = true, versionProvider = CairnCommand.Version.class,
		description = { "Cairn LRS console commands.", "Start the server with: cairn serve" },
		subcommands = { ClientCreateCommand.class, ClientListCommand.class, ClientDeleteCommand.class,
				ClientVersionCommand.class })
class CairnCommand {

	/** The product version, from the jar's manifest. */
	static class Version implements CommandLine.IVersionProvider {

		@Override
		public String[] getVersion() {
			String version = CairnCommand.class.getPackage().getImplementationVersion();
			return new String[] { "Cairn LRS " + ((version != null) ? version : "(development build)") };
		}

	}

}
