/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairnlrs.xapi.XapiVersion;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The alternate request syntax of xAPI 1.0.3 (Communication 1.3): a browser that can only
 * send POST sends {@code POST <resource>?method=PUT} with a form body holding the
 * headers, the parameters and the {@code content}. This filter turns such a request into
 * the request it stands for before anything else sees it, so version negotiation,
 * authentication and the resources treat both forms alike.
 * <p>
 * xAPI 2.0 has no alternate request syntax, and its conformance suite expects a 4xx: a
 * request with a {@code method} parameter that asks for 2.0 (in the form, or else in its
 * real version header) is refused with 400. Under 1.0.3 it is served as before.
 */
class AlternateRequestSyntaxFilter extends OncePerRequestFilter {

	static final Set<String> METHODS = Set.of("GET", "HEAD", "PUT", "POST", "DELETE");

	/**
	 * Form fields that are request headers; every other field but method and content is a
	 * parameter.
	 */
	static final Set<String> HEADERS = Set.of("authorization", "x-experience-api-version", "content-type", "if-match",
			"if-none-match", "accept", "accept-language");

	static final String FORM = "application/x-www-form-urlencoded";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String query = request.getQueryString();
		if (query == null || !hasMethodParameter(query)) {
			chain.doFilter(request, response);
			return;
		}
		if (asks2_0(request)) {
			response.setHeader(XapiVersionFilter.HEADER, XapiVersion.V2_0_0.header());
			XapiErrorBody.write(request, response, 400, "xAPI 2.0 has no alternate request syntax, so the 'method' "
					+ "parameter is not accepted; send the request with its own method, headers and body");
			return;
		}
		String problem = problem(request, query);
		if (problem != null) {
			XapiErrorBody.write(request, response, 400, problem);
			return;
		}
		chain.doFilter(alternate(request), response);
	}

	private static boolean hasMethodParameter(String query) {
		for (String pair : query.split("&")) {
			if (pair.equals("method") || pair.startsWith("method=")) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The version the request asks for: the form's version field when the body is a form,
	 * since its fields stand for headers, else the real header.
	 */
	private static boolean asks2_0(HttpServletRequest request) {
		String version = request.getHeader(XapiVersionFilter.HEADER);
		String contentType = request.getContentType();
		if ("POST".equals(request.getMethod()) && contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
			for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
				if (field.getKey().equalsIgnoreCase(XapiVersionFilter.HEADER)) {
					version = field.getValue()[0];
				}
			}
		}
		return XapiVersion.fromHeader(version).filter(XapiVersion::isAtLeast2).isPresent();
	}

	/**
	 * Spec: Communication 1.3: only POST, only a method parameter in the query, and a
	 * form body.
	 */
	private static String problem(HttpServletRequest request, String query) {
		if (!"POST".equals(request.getMethod())) {
			return "The 'method' parameter is only allowed on POST (alternate request syntax)";
		}
		if (!query.matches("method=[A-Za-z]+")) {
			return "A request in the alternate request syntax takes no query parameter but 'method'; "
					+ "send the others in the form body";
		}
		String method = query.substring("method=".length());
		if (!METHODS.contains(method.toUpperCase(Locale.ROOT))) {
			return "The 'method' parameter must be one of " + METHODS;
		}
		String contentType = request.getContentType();
		if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith(FORM)) {
			return "A request in the alternate request syntax must have the Content-Type " + FORM;
		}
		return null;
	}

	private static AlternateRequest alternate(HttpServletRequest request) {
		String method = request.getQueryString().substring("method=".length()).toUpperCase(Locale.ROOT);
		Map<String, String> headers = new LinkedHashMap<>();
		Map<String, String> parameters = new LinkedHashMap<>();
		String content = null;
		for (Map.Entry<String, String[]> field : request.getParameterMap().entrySet()) {
			String name = field.getKey();
			String value = field.getValue()[0];
			if (name.equals("method")) {
				continue;
			}
			if (name.equals("content")) {
				content = value;
			}
			else if (HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
				headers.put(name, value);
			}
			else {
				parameters.put(name, value);
			}
		}
		return new AlternateRequest(request, method, headers, parameters, content);
	}

}
