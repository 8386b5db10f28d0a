/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.Map;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the errors that happen before a controller is chosen (a path the firewall
 * refuses, a request the container gives up on) in the same JSON as every other error,
 * with the version header, instead of a generic error page.
 */
@RestController
class XapiErrorController implements ErrorController {

	@RequestMapping("/error")
	ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		int status = (code instanceof Integer number) ? number : 500;
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String message = switch (status) {
			case 404 -> "There is no resource at " + uri;
			case 400 -> "The request is malformed: its path, query string, headers or body cannot be read";
			case 405 -> "This method is not allowed here";
			case 413 -> "The request is larger than this LRS accepts";
			default -> (status >= 500) ? "The LRS could not complete this request; quote request id "
					+ RequestIds.of(request) + " to its administrator" : HttpStatus.valueOf(status).getReasonPhrase();
		};
		return ResponseEntity.status(status)
			.header(XapiVersionFilter.HEADER, XapiRequests.version(request).header())
			.contentType(MediaType.APPLICATION_JSON)
			.body(XapiErrorBody.of(status, message, RequestIds.of(request)));
	}

}
