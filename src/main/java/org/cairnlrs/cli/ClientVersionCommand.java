/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.xapi.XapiVersion;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "client:version", mixinStandardHelpOptions = true,
		description = "Sets the xAPI version an API client speaks by default (1.0.3 or 2.0.0). It is reported to the "
				+ "client when a request of its has no usable X-Experience-API-Version header.")
class ClientVersionCommand implements Callable<Integer> {

	private final ClientService clients;

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", description = "The client's user name.")
	String username;

	@Parameters(index = "1", description = "The version: 1.0.3 or 2.0.0 (1.0, 1.0.x, 2.0 and 2.0.x are read alike).")
	String version;

	ClientVersionCommand(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public Integer call() {
		PrintWriter out = this.spec.commandLine().getOut();
		PrintWriter err = this.spec.commandLine().getErr();
		try {
			XapiVersion parsed = parse(this.version);
			if (!this.clients.setVersion(this.username, parsed)) {
				err.println("There is no client named '" + this.username + "'");
				err.flush();
				return 1;
			}
			out.println("Client " + this.username + " speaks xAPI " + parsed.header() + " by default");
			out.flush();
			return 0;
		}
		catch (IllegalArgumentException ex) {
			err.println(ex.getMessage());
			err.flush();
			return 2;
		}
	}

	/**
	 * Reads a version as the version header is read.
	 * @throws IllegalArgumentException naming the versions this LRS speaks
	 */
	static XapiVersion parse(String version) {
		return XapiVersion.fromHeader(version)
			.orElseThrow(() -> new IllegalArgumentException("Unknown xAPI version '" + version + "'; use one of "
					+ Arrays.stream(XapiVersion.values()).map(XapiVersion::header).collect(Collectors.joining(", "))));
	}

}
