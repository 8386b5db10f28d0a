/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the Document Resources.
 *
 * @param maxSize the largest document accepted; a larger one is refused with 413
 * (Communication 3.2) before more than this much of it is read
 */
@ConfigurationProperties("cairn.documents")
record DocumentProperties(@DefaultValue("16MB") DataSize maxSize) {

	DocumentProperties {
		if (maxSize.toBytes() <= 0) {
			throw new IllegalArgumentException("cairn.documents.max-size must be positive");
		}
	}

}
