/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.time.Instant;
import java.util.Set;

import org.cairnlrs.xapi.XapiVersion;
import tools.jackson.databind.JsonNode;

/**
 * An API client: a learning tool's credentials and what it may do.
 *
 * @param id the database id
 * @param username the HTTP Basic user name
 * @param scopes what the client may do
 * @param authority the Agent recorded as the authority of the statements this client
 * writes
 * @param createdAt when the client was made
 * @param xapiVersion the xAPI version the client speaks by default. It does not choose
 * the rules of a request, which its version header does; it is the version reported to
 * the client on an answer to a request whose version header is missing or unsupported
 */
public record Client(long id, String username, Set<Scope> scopes, JsonNode authority, Instant createdAt,
		XapiVersion xapiVersion) {

	/**
	 * A client that speaks the newest version by default.
	 */
	public Client(long id, String username, Set<Scope> scopes, JsonNode authority, Instant createdAt) {
		this(id, username, scopes, authority, createdAt, XapiVersion.newest());
	}

	public boolean has(Scope scope) {
		return this.scopes.contains(scope);
	}

	/**
	 * Whether the client may read, through any of the given scopes or through {@code all}
	 * or {@code all/read}.
	 * @param granting the scopes that grant this read
	 * @return whether it may read
	 */
	public boolean mayRead(Scope... granting) {
		return has(Scope.ALL) || has(Scope.ALL_READ) || hasAny(granting);
	}

	/**
	 * Whether the client may write, through any of the given scopes or through
	 * {@code all}.
	 * @param granting the scopes that grant this write
	 * @return whether it may write
	 */
	public boolean mayWrite(Scope... granting) {
		return has(Scope.ALL) || hasAny(granting);
	}

	private boolean hasAny(Scope... granting) {
		for (Scope scope : granting) {
			if (has(scope)) {
				return true;
			}
		}
		return false;
	}

}
