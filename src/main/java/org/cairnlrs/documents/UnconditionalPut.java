/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import org.cairnlrs.xapi.XapiVersion;

/**
 * What a PUT without {@code If-Match} or {@code If-None-Match} does, which depends on the
 * resource and the xAPI version.
 */
enum UnconditionalPut {

	/**
	 * Stores the document whether or not one exists: State in 1.0.3 (Communication 3.1).
	 */
	REPLACE,

	/**
	 * Stores a new document, 409 when one exists: every Document Resource in 2.0 (LRS
	 * 4.1.4).
	 */
	CREATE_ONLY,

	/**
	 * 409 when a document exists and 400 otherwise, because the client must send one of
	 * the headers: Agent Profile and Activity Profile in 1.0.3 (Communication 3.1 "Client
	 * Requirements"; conformance XAPI-00273, XAPI-00322).
	 */
	REFUSE;

	static UnconditionalPut of(DocumentResource resource, XapiVersion version) {
		if (version.isAtLeast2()) {
			return CREATE_ONLY;
		}
		return (resource == DocumentResource.STATE) ? REPLACE : REFUSE;
	}

}
