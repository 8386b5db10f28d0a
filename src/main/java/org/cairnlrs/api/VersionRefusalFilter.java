/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairnlrs.xapi.XapiVersion;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses, once the caller is authenticated, a request that {@link XapiVersionFilter}
 * could not hold to any version: 400 (1.0.3 Communication 3.3; 2.0 LRS 4.1.7), carrying
 * the version the caller speaks by default. An API client's default version is chosen
 * when it is made ({@code client:create --xapi-version}), so that a client written for
 * 1.0.3 hears {@code 1.0.3} and one written for 2.0 hears {@code 2.0.0}.
 */
class VersionRefusalFilter extends OncePerRequestFilter {

	private final CallerVersions callers;

	private final XapiVersion fallback;

	VersionRefusalFilter(CallerVersions callers, XapiVersion fallback) {
		this.callers = callers;
		this.fallback = fallback;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Object problem = request.getAttribute(XapiVersionFilter.REFUSAL_ATTRIBUTE);
		if (problem == null) {
			chain.doFilter(request, response);
			return;
		}

		XapiVersion reported = this.callers.of(request).orElse(this.fallback);
		response.setHeader(XapiVersionFilter.HEADER, reported.header());
		XapiErrorBody.write(request, response, 400, problem.toString());
	}

}
