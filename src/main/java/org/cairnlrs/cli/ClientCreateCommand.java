/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import java.io.PrintWriter;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.Callable;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.CreatedClient;
import org.cairnlrs.clients.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "client:create", mixinStandardHelpOptions = true,
		description = "Creates an API client. A name or password left out is generated; the password is shown once.")
class ClientCreateCommand implements Callable<Integer> {

	private final ClientService clients;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", arity = "0..1", description = "The client's user name (generated when left out).")
	String username;

	@Parameters(index = "1", arity = "0..1", description = "The client's password (generated when left out).")
	String password;

	@Option(names = "--scopes", paramLabel = "SCOPES",
			description = "Space- or comma-separated xAPI scopes (default: all). One of: statements/write, "
					+ "statements/read, statements/read/mine, all/read, all, state, profile, define.")
	String scopes;

	ClientCreateCommand(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			Set<Scope> granted = (this.scopes != null) ? Scope.parseList(this.scopes) : EnumSet.of(Scope.ALL);
			CreatedClient created = this.clients.create(this.username, this.password, granted);
			out.println("Created client " + created.client().username() + " with scopes "
					+ ClientListCommand.scopeList(created.client().scopes()));
			out.println("  username: " + created.client().username());
			out.println("  password: " + (created.secretGenerated() ? created.secret() : "(as given)"));
			out.flush();
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.flush();
			return 2;
		}
	}

}
