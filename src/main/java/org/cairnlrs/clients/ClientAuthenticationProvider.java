/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Checks an API client's HTTP Basic credentials. The authenticated principal is the
 * {@link Client}, with its scopes as authorities named {@code SCOPE_<scope>}.
 */
class ClientAuthenticationProvider implements AuthenticationProvider {

	private final ClientService clients;

	ClientAuthenticationProvider(ClientService clients) {
		this.clients = clients;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		String username = authentication.getName();
		Object credentials = authentication.getCredentials();
		Client client = this.clients.authenticate(username, (credentials != null) ? credentials.toString() : "")
			.orElseThrow(() -> new BadCredentialsException("Unknown client or wrong secret"));
		List<SimpleGrantedAuthority> authorities = client.scopes()
			.stream()
			.map((scope) -> new SimpleGrantedAuthority("SCOPE_" + scope.value()))
			.toList();
		return UsernamePasswordAuthenticationToken.authenticated(client, null, authorities);
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

}
