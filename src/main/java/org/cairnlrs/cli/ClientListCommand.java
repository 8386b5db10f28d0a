/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import java.io.PrintWriter;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.Scope;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(name = "client:list", mixinStandardHelpOptions = true, description = "Lists the API clients.")
class ClientListCommand implements Callable<Integer> {

	private final ClientService clients;

	@Spec
	CommandSpec spec;

	ClientListCommand(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		var all = this.clients.list();
		int width = all.stream().mapToInt((c) -> c.username().length()).max().orElse(8);
		int scopesWidth = all.stream().mapToInt((c) -> scopeList(c.scopes()).length()).max().orElse(6);
		String format = "%-" + Math.max(width, 8) + "s  %-24s  %-" + Math.max(scopesWidth, 6) + "s  %s%n";
		out.printf(format, "USERNAME", "CREATED", "SCOPES", "XAPI");
		for (Client client : all) {
			out.printf(format, client.username(), client.createdAt(), scopeList(client.scopes()),
					client.xapiVersion().header());
		}
		out.flush();
		return 0;
	}

	static String scopeList(Set<Scope> scopes) {
		return scopes.stream().map(Scope::value).collect(Collectors.joining(" "));
	}

}
