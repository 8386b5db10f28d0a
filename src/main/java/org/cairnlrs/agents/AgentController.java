/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.agents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.Actors;
import org.cairnlrs.xapi.XapiException;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Agents resource (Communication 2.4): the Person object of an Agent.
 */
@RestController
class AgentController {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final AgentService agents;

	AgentController(AgentService agents) {
		this.agents = agents;
	}

	/**
	 * Answers GET and HEAD of {@code agents?agent=}. The parameter is an Agent, not a
	 * Group or a Person; an unknown Agent still gets a Person object.
	 */
	@GetMapping("${cairn.xapi.base-path:/xapi}/agents")
	ResponseEntity<byte[]> person(HttpServletRequest request, @AuthenticationPrincipal Client client) {
		checkScope(client);
		JsonNode agent = Actors.parseAgentParameter(agentParameter(request), "agent", false);

		byte[] content = MAPPER.writeValueAsBytes(this.agents.person(agent));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag(etag(content)).body(content);
	}

	private static String agentParameter(HttpServletRequest request) {
		Map<String, String[]> parameters = request.getParameterMap();
		for (String name : parameters.keySet()) {
			if (!name.equals("agent")) {
				String shown = (name.length() > 40) ? name.substring(0, 40) + "..." : name;
				throw XapiException.badRequest(
						"The parameter '" + shown + "' is not recognised by the Agents resource; it takes agent only");
			}
		}
		String[] values = parameters.get("agent");
		if (values == null) {
			throw XapiException.badRequest("agent: is required");
		}
		if (values.length != 1) {
			throw XapiException.badRequest("agent: must be given once");
		}
		return values[0];
	}

	// Spec: Communication 3.1: every GET carries a quoted ETag, here the SHA-1 of the
	// body.
	private static String etag(byte[] content) {
		try {
			return "\"" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content)) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

	// The Person object reveals the names that agents used in statements: reading it
	// needs
	// the right to read any statement, or to define agents.
	private static void checkScope(Client client) {
		if (!client.mayRead(Scope.STATEMENTS_READ, Scope.DEFINE)) {
			throw XapiException.forbidden("This client may not read Agents; that needs the scope statements/read, "
					+ "define, all/read or all");
		}
	}

}
