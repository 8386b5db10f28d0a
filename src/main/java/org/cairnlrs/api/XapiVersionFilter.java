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
 * Communication 3.3; 2.0 LRS 4.1.7): {@code 1.0}, {@code 1.0.x} select 1.0.3,
 * {@code 2.0}, {@code 2.0.x} select 2.0.0. Runs before authentication, so that a 401 also
 * carries the header.
 * <p>
 * A request whose header is missing or names another version is refused with 400, but
 * only after authentication ({@link VersionRefusalFilter}): its answer has to carry some
 * version, and the one the caller is known to speak ({@link CallerVersions}) tells it
 * best which to send. Until the caller is known, and so on a 401, the header is the
 * newest version. About and CORS preflights need no version.
 */
class XapiVersionFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Experience-API-Version";

	/** Holds the reason to refuse a request whose version could not be chosen. */
	static final String REFUSAL_ATTRIBUTE = XapiVersionFilter.class.getName() + ".refusal";

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

		if (version.isEmpty() && !isExempt(request)) {
			String problem = (header == null) ? "The " + HEADER + " header is required"
					: "The " + HEADER + " header names a version this LRS does not speak";
			request.setAttribute(REFUSAL_ATTRIBUTE, problem + "; this LRS speaks " + supportedList());
		}
		chain.doFilter(request, response);
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
		return this.supported.stream().reduce((a, b) -> b).orElse(XapiVersion.newest());
	}

	private String supportedList() {
		return this.supported.stream()
			.map((v) -> v.header() + " (send " + v.header().substring(0, 3) + ".x)")
			.collect(Collectors.joining(" and "));
	}

}
