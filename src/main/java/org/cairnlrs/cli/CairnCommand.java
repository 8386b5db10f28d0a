/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import picocli.CommandLine.Command;

/**
 * The top of the console commands; {@code ./cairn --help} lists them.
 */
@Command(name = "cairn", mixinStandardHelpOptions = true, description = "Cairn LRS console commands.", subcommands = {
		ClientCreateCommand.class, ClientListCommand.class, ClientDeleteCommand.class, ClientVersionCommand.class })
class CairnCommand {

}
