/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import java.util.concurrent.Callable;

import org.cairnlrs.clients.ClientService;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "client:delete", mixinStandardHelpOptions = true,
		description = "Deletes an API client. The statements it wrote stay.")
class ClientDeleteCommand implements Callable<Integer> {

	private final ClientService clients;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "The client's user name.")
	String username;

	ClientDeleteCommand(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public Integer call() {
		if (this.clients.delete(this.username)) {
			this.spec.commandLine().getOut().println("Deleted client " + this.username);
			this.spec.commandLine().getOut().flush();
			return 0;
		}
		this.spec.commandLine().getErr().println("There is no client named '" + this.username + "'");
		this.spec.commandLine().getErr().flush();
		return 1;
	}

}
