/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import jakarta.servlet.http.HttpServletRequest;
import org.cairnlrs.xapi.XapiVersion;

/**
 * What the filters learned about an xAPI request, for the controllers.
 */
public final class XapiRequests {

	static final String VERSION_ATTRIBUTE = XapiVersion.class.getName();

	private XapiRequests() {
	}

	/**
	 * The xAPI version whose rules apply to this request.
	 * @param request the request
	 * @return the negotiated version, 1.0.3 when none was negotiated
	 */
	public static XapiVersion version(HttpServletRequest request) {
		Object version = request.getAttribute(VERSION_ATTRIBUTE);
		return (version instanceof XapiVersion negotiated) ? negotiated : XapiVersion.V1_0_3;
	}

}
