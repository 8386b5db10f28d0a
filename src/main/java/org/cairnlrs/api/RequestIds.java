/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Gives each request an id, so that an error answer and the server log can be matched.
 */
public final class RequestIds {

	static final String ATTRIBUTE = RequestIds.class.getName();

	static final String HEADER = "X-Request-Id";

	private RequestIds() {
	}

	public static String of(HttpServletRequest request) {
		Object id = request.getAttribute(ATTRIBUTE);
		if (id instanceof String existing) {
			return existing;
		}
		String given = request.getHeader(HEADER);
		String created = (given != null && given.matches("[A-Za-z0-9._-]{1,64}")) ? given
				: UUID.randomUUID().toString();
		request.setAttribute(ATTRIBUTE, created);
		return created;
	}

}
