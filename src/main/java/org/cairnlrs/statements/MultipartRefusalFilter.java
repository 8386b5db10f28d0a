/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairnlrs.api.XapiErrorBody;
import org.cairnlrs.xapi.XapiException;

import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Answers a Statement PUT or POST with a multipart Content-Type before Spring MVC's
 * multipart support tries to parse it: that parser fails with a server error on bodies
 * such as one without a boundary, and it would consume the body the Statement resource
 * reads itself. The answer is the 400 the resource gives for every Content-Type it does
 * not accept.
 * <p>
 * Limitation: multipart/mixed (Statements with attachment data) is refused because the
 * attachment store is not wired to the Statement resource yet; this filter goes when it
 * is.
 */
class MultipartRefusalFilter extends OncePerRequestFilter {

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String contentType = request.getContentType();
		boolean write = "PUT".equals(request.getMethod()) || "POST".equals(request.getMethod());
		if (!write || contentType == null || !contentType.trim().toLowerCase(Locale.ROOT).startsWith("multipart/")) {
			chain.doFilter(request, response);
			return;
		}

		try {
			StatementBody.checkContentType(contentType);
			chain.doFilter(request, response);
		}
		catch (XapiException refused) {
			XapiErrorBody.write(request, response, refused.status(), refused.getMessage());
		}
	}

}
