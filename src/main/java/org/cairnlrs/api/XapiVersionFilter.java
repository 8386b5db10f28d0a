/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.io.IOException;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairnlrs.xapi.XapiVersion;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Chooses the xAPI version of each request from its {@code X-Experience-API-Version}
 * header and sends that version back on every response, errors included (1.0.3
 * Communication 3.3). Runs before authentication, so that a 401 also carries the header.
 */
class XapiVersionFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Experience-API-Version";

	private final String aboutPath;

	private final Set<XapiVersion> supported;

	XapiVersionFilter(String basePath, Set<XapiVersion> supported) {
		this.aboutPath = basePath + "/about";
		this.supported = EnumSet.copyOf(supported);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		RequestIds.of(request);
		String header = request.getHeader(HEADER);
		Optional<XapiVersion> version = XapiVersion.fromHeader(header).filter(this.supported::contains);
		response.setHeader(HEADER, version.orElse(newest()).header());
		version.ifPresent((negotiated) -> request.setAttribute(XapiRequests.VERSION_ATTRIBUTE, negotiated));

		if (version.isPresent() || isExempt(request)) {
			chain.doFilter(request, response);
			return;
		}
		String problem = (header == null) ? "The " + HEADER + " header is required"
				: "The " + HEADER + " header names an unsupported version";
		XapiErrorBody.write(request, response, 400, problem + "; this LRS supports " + supportedList());
	}

	/**
	 * About answers any client, so that it can find out which versions to speak
	 * (Communication 2.8); a CORS preflight carries no xAPI headers at all.
	 */
	private boolean isExempt(HttpServletRequest request) {
		return "OPTIONS".equals(request.getMethod()) || request.getRequestURI().equals(this.aboutPath)
				|| request.getRequestURI().equals(this.aboutPath + "/");
	}

	private XapiVersion newest() {
		return this.supported.stream().reduce((a, b) -> b).orElse(XapiVersion.V1_0_3);
	}

	private String supportedList() {
		return this.supported.stream()
			.map((v) -> v.header().substring(0, 3) + ".x")
			.collect(Collectors.joining(" and "));
	}

}
