/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.support;

import java.util.EnumSet;
import java.util.Set;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.CreatedClient;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.XapiVersion;

import org.springframework.boot.test.context.TestComponent;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

/**
 * Sends xAPI requests as an API client: each request carries the version header and the
 * client's credentials. The default client has scope {@code all}; {@link #as(Set)} makes
 * one with other scopes. A client made here speaks by default the version its requests
 * carry when it is made ({@code 1.0.3} unless {@link #withVersion(String)} says
 * otherwise).
 */
@TestComponent
public class XapiClient {

	public static final String VERSION_HEADER = "X-Experience-API-Version";

	private final MockMvc mvc;

	private final ClientService clients;

	private CreatedClient credentials;

	private String version = "1.0.3";

	public XapiClient(MockMvc mvc, ClientService clients) {
		this.mvc = mvc;
		this.clients = clients;
	}

	/** A client of the same LRS with other scopes and its own credentials. */
	public XapiClient as(Set<Scope> scopes) {
		XapiClient other = new XapiClient(this.mvc, this.clients);
		other.credentials = this.clients.create(null, null, scopes, defaultVersion());
		other.version = this.version;
		return other;
	}

	/**
	 * A client of the same LRS that sends this version header, or none when {@code null}.
	 */
	public XapiClient withVersion(String version) {
		XapiClient other = new XapiClient(this.mvc, this.clients);
		other.credentials = credentials();
		other.version = version;
		return other;
	}

	public CreatedClient credentials() {
		if (this.credentials == null) {
			this.credentials = this.clients.create(null, null, EnumSet.of(Scope.ALL), defaultVersion());
		}
		return this.credentials;
	}

	private XapiVersion defaultVersion() {
		return XapiVersion.fromHeader(this.version).orElse(XapiVersion.V1_0_3);
	}

	public MockHttpServletRequestBuilder request(HttpMethod method, String uri, Object... uriVariables) {
		MockHttpServletRequestBuilder builder = MockMvcRequestBuilders.request(method, uri, uriVariables)
			.with(httpBasic(credentials().client().username(), credentials().secret()));
		return (this.version != null) ? builder.header(VERSION_HEADER, this.version) : builder;
	}

	public MockHttpServletRequestBuilder get(String uri, Object... uriVariables) {
		return request(HttpMethod.GET, uri, uriVariables);
	}

	public MockHttpServletRequestBuilder json(HttpMethod method, String body, String uri, Object... uriVariables) {
		return request(method, uri, uriVariables).contentType(MediaType.APPLICATION_JSON).content(body);
	}

	/** Sends a request built here or elsewhere. */
	public ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
		return this.mvc.perform(request);
	}

}
