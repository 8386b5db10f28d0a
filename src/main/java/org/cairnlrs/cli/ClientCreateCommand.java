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
import org.cairnlrs.xapi.XapiVersion;
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

	@Option(names = "--xapi-version", paramLabel = "VERSION",
			description = "The xAPI version the client speaks by default, 1.0.3 or 2.0.0 (default: 2.0.0). It is "
					+ "reported to the client when a request of its has no usable X-Experience-API-Version header.")
	String xapiVersion;

	ClientCreateCommand(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			Set<Scope> granted = (this.scopes != null) ? Scope.parseList(this.scopes) : EnumSet.of(Scope.ALL);
			if (granted.isEmpty()) {
				// An empty --scopes (an unset variable in a script, say) must not become
				// "all".
				throw new IllegalArgumentException("--scopes names no scope; leave it out for scope all");
			}
			XapiVersion version = (this.xapiVersion != null) ? ClientVersionCommand.parse(this.xapiVersion)
					: XapiVersion.newest();
			CreatedClient created = this.clients.create(this.username, this.password, granted, version);
			out.println("Created client " + created.client().username() + " with scopes "
					+ ClientListCommand.scopeList(created.client().scopes()) + ", speaking xAPI "
					+ created.client().xapiVersion().header() + " by default");
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
