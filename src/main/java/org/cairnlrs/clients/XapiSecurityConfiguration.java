/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.util.Optional;

import org.cairnlrs.api.CallerVersions;
import org.cairnlrs.api.CorsProperties;
import org.cairnlrs.api.XapiCors;
import org.cairnlrs.api.XapiErrorBody;
import org.cairnlrs.api.XapiProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;

/**
 * The xAPI endpoint takes HTTP Basic credentials of API clients on every request
 * (Communication 4.0); only About and CORS preflights are open. Scopes are checked where
 * the resource knows what the request does.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class XapiSecurityConfiguration {

	@Bean
	ClientAuthenticationProvider clientAuthenticationProvider(ClientService clients) {
		return new ClientAuthenticationProvider(clients);
	}

	/**
	 * The version an authenticated API client speaks by default, for the answer to a
	 * request of its without a usable version header.
	 */
	@Bean
	CallerVersions callerVersions() {
		return (request) -> {
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			Object principal = (authentication != null) ? authentication.getPrincipal() : null;
			return (principal instanceof Client client) ? Optional.of(client.xapiVersion()) : Optional.empty();
		};
	}

	@Bean
	@Order(1)
	SecurityFilterChain xapiSecurity(HttpSecurity http, XapiProperties xapi, CorsProperties cors,
			ClientAuthenticationProvider provider) throws Exception {
		String base = xapi.basePath();
		AuthenticationEntryPoint unauthenticated = (request, response, ex) -> {
			response.setHeader("WWW-Authenticate", "Basic realm=\"Cairn LRS\"");
			XapiErrorBody.write(request, response, 401, "This resource needs the HTTP Basic credentials of a client");
		};
		AccessDeniedHandler denied = (request, response, ex) -> XapiErrorBody.write(request, response, 403,
				"This client may not use this resource");

		http.securityMatcher(base, base + "/**")
			.cors((c) -> c.configurationSource(XapiCors.source(base, cors)))
			.csrf(AbstractHttpConfigurer::disable)
			.sessionManagement((session) -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
			.requestCache(AbstractHttpConfigurer::disable)
			.authorizeHttpRequests((authorize) -> authorize.requestMatchers(HttpMethod.OPTIONS, base + "/**")
				.permitAll()
				.requestMatchers(base + "/about", base + "/about/")
				.permitAll()
				.anyRequest()
				.authenticated())
			.httpBasic((basic) -> basic.authenticationEntryPoint(unauthenticated))
			.authenticationManager(new ProviderManager(provider))
			.exceptionHandling(
					(exceptions) -> exceptions.authenticationEntryPoint(unauthenticated).accessDeniedHandler(denied));
		return http.build();
	}

}
