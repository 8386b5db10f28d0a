/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

/**
 * A request the LRS refuses, with the HTTP status the xAPI specification gives for it and
 * a message that names the offending property, parameter or header. The message is sent
 * to the client as it is, so it never quotes more of the request than the name and the
 * kind of the problem.
 */
public class XapiException extends RuntimeException {

	private final int status;

	public XapiException(int status, String message) {
		super(message, null, false, false);
		this.status = status;
	}

	public int status() {
		return this.status;
	}

	public static XapiException badRequest(String message) {
		return new XapiException(400, message);
	}

	public static XapiException forbidden(String message) {
		return new XapiException(403, message);
	}

	public static XapiException notFound(String message) {
		return new XapiException(404, message);
	}

	public static XapiException conflict(String message) {
		return new XapiException(409, message);
	}

	public static XapiException preconditionFailed(String message) {
		return new XapiException(412, message);
	}

	public static XapiException payloadTooLarge(String message) {
		return new XapiException(413, message);
	}

}
