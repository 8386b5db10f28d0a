/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.tomcat.util.http.InvalidParameterException;
import org.cairnlrs.xapi.XapiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingRequestHeaderException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The one place where failures become HTTP answers. A client's mistake gets its status
 * and a message that names the problem; anything unexpected gets a 500 with a fixed
 * message and the request id, and is logged with that id.
 */
@RestControllerAdvice
class XapiErrorHandler {

	private static final Logger logger = LoggerFactory.getLogger(XapiErrorHandler.class);

	@ExceptionHandler(XapiException.class)
	ResponseEntity<Map<String, Object>> refused(XapiException ex, HttpServletRequest request) {
		return answer(ex.status(), ex.getMessage(), request);
	}

	@ExceptionHandler(MissingServletRequestParameterException.class)
	ResponseEntity<Map<String, Object>> missingParameter(MissingServletRequestParameterException ex,
			HttpServletRequest request) {
		return answer(400, "The parameter '" + ex.getParameterName() + "' is required", request);
	}

	@ExceptionHandler(MissingRequestHeaderException.class)
	ResponseEntity<Map<String, Object>> missingHeader(MissingRequestHeaderException ex, HttpServletRequest request) {
		return answer(400, "The header '" + ex.getHeaderName() + "' is required", request);
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ResponseEntity<Map<String, Object>> badParameter(MethodArgumentTypeMismatchException ex,
			HttpServletRequest request) {
		return answer(400, "The parameter '" + ex.getName() + "' has an invalid value", request);
	}

	@ExceptionHandler(HttpMessageNotReadableException.class)
	ResponseEntity<Map<String, Object>> unreadable(HttpMessageNotReadableException ex, HttpServletRequest request) {
		return answer(400, "The request body could not be read as the expected JSON", request);
	}

	@ExceptionHandler(HttpMediaTypeNotSupportedException.class)
	ResponseEntity<Map<String, Object>> contentType(HttpMediaTypeNotSupportedException ex, HttpServletRequest request) {
		return answer(400, "The Content-Type '" + ex.getContentType() + "' is not accepted here; use "
				+ ex.getSupportedMediaTypes(), request);
	}

	@ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
	ResponseEntity<Map<String, Object>> notAcceptable(HttpMediaTypeNotAcceptableException ex,
			HttpServletRequest request) {
		return answer(406, "None of the media types in the Accept header can be produced", request);
	}

	@ExceptionHandler(HttpRequestMethodNotSupportedException.class)
	ResponseEntity<Map<String, Object>> method(HttpRequestMethodNotSupportedException ex, HttpServletRequest request) {
		return answer(405, "The method " + ex.getMethod() + " is not allowed on this resource", request);
	}

	@ExceptionHandler(NoResourceFoundException.class)
	ResponseEntity<Map<String, Object>> noResource(NoResourceFoundException ex, HttpServletRequest request) {
		return answer(404, "There is no resource at " + request.getRequestURI(), request);
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ResponseEntity<Map<String, Object>> tooLarge(MaxUploadSizeExceededException ex, HttpServletRequest request) {
		return answer(413, "The request body is larger than this LRS accepts", request);
	}

	/** The servlet container could not decode the query string or the form. */
	@ExceptionHandler(InvalidParameterException.class)
	ResponseEntity<Map<String, Object>> undecodable(InvalidParameterException ex, HttpServletRequest request) {
		return answer(400, "The query string or form body is not valid percent-encoded UTF-8", request);
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<Map<String, Object>> unexpected(Exception ex, HttpServletRequest request) {
		String requestId = RequestIds.of(request);
		logger.error("Request {} {} failed (request id {})", request.getMethod(), request.getRequestURI(), requestId,
				ex);
		return answer(500,
				"The LRS could not complete this request; quote request id " + requestId + " to its administrator",
				request);
	}

	private static ResponseEntity<Map<String, Object>> answer(int status, String message, HttpServletRequest request) {
		if (status < 500 && logger.isDebugEnabled()) {
			logger.debug("Refused {} {} with {}: {}", request.getMethod(), request.getRequestURI(), status, message);
		}
		return ResponseEntity.status(HttpStatus.valueOf(status))
			.contentType(MediaType.APPLICATION_JSON)
			.body(XapiErrorBody.of(status, message, RequestIds.of(request)));
	}

}
