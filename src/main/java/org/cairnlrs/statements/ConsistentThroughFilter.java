/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Sets {@code X-Experience-API-Consistent-Through} on every answer of the Statement
 * resource, errors included (Communication 2.1.3: "on all responses to Statements
 * Resource requests"; the conformance suite also checks it on a 400). It runs before the
 * version check and authentication, and takes the time before the request is handled, so
 * that a query sees everything stored before the time it reports.
 */
class ConsistentThroughFilter extends OncePerRequestFilter {

	static final String HEADER = "X-Experience-API-Consistent-Through";

	private final WritesInFlight writes;

	ConsistentThroughFilter(WritesInFlight writes) {
		this.writes = writes;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader(HEADER, StoredTimes.format(this.writes.consistentThrough()));
		chain.doFilter(request, response);
	}

}
