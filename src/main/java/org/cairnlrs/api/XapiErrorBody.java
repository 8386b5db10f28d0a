/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * The JSON body of every error answer, whether it comes from a filter, from security or
 * from a controller: {@code {"status": 400, "error": "Bad Request", "message": "...",
 * "requestId": "..."}}.
 */
public final class XapiErrorBody {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private XapiErrorBody() {
	}

	public static Map<String, Object> of(int status, String message, String requestId) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("status", status);
		HttpStatus known = HttpStatus.resolve(status);
		body.put("error", (known != null) ? known.getReasonPhrase() : "Error");
		body.put("message", message);
		body.put("requestId", requestId);
		return body;
	}

	/**
	 * Writes an error answer directly to the servlet response, for code that runs before
	 * Spring MVC.
	 * @param request the request being answered
	 * @param response the response, not yet committed
	 * @param status the HTTP status
	 * @param message what is wrong, naming the header or parameter
	 * @throws IOException when the client has gone away
	 */
	public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
			throws IOException {
		response.setStatus(status);
		if (!response.containsHeader(XapiVersionFilter.HEADER)) {
			response.setHeader(XapiVersionFilter.HEADER, XapiRequests.version(request).header());
		}
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		if (!"HEAD".equals(request.getMethod())) {
			MAPPER.writeValue(response.getOutputStream(), of(status, message, RequestIds.of(request)));
		}
	}

}
