/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.cairnlrs.xapi.XapiVersion;

/**
 * The xAPI version the authenticated caller of a request speaks by default, where the
 * caller is known. It is the version reported on the answer to a request that could not
 * be held to any version, because its version header is missing or names a version this
 * LRS does not speak ({@link XapiVersionFilter}).
 */
@FunctionalInterface
public interface CallerVersions {

	/**
	 * The default version of the caller of a request.
	 * @param request a request that passed authentication
	 * @return the caller's version, or empty when the caller is not known
	 */
	Optional<XapiVersion> of(HttpServletRequest request);

}
