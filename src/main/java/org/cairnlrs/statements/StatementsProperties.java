/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Statement resource.
 *
 * @param maxLimit the most Statements one GET answers; {@code limit=0}, no limit and any
 * larger limit get this many (Communication 2.1.3: "0 indicates return the maximum the
 * server will allow"); 500 unless {@code cairn.statements.max-limit} says otherwise
 * @param maxBodySize the largest PUT or POST body accepted, larger ones get 413; 32 MB
 * unless {@code cairn.statements.max-body-size} says otherwise
 * @param maxAttachmentSize the largest multipart/mixed PUT or POST body (Statements with
 * their attachment data) accepted, larger ones get 413; 512 MB unless
 * {@code cairn.statements.max-attachment-size} says otherwise
 */
@ConfigurationProperties("cairn.statements")
record StatementsProperties(int maxLimit, DataSize maxBodySize, DataSize maxAttachmentSize) {

	StatementsProperties {
		maxLimit = (maxLimit > 0) ? maxLimit : 500;
		maxBodySize = (maxBodySize != null && maxBodySize.toBytes() > 0) ? maxBodySize : DataSize.ofMegabytes(32);
		maxAttachmentSize = (maxAttachmentSize != null && maxAttachmentSize.toBytes() > 0) ? maxAttachmentSize
				: DataSize.ofMegabytes(512);
	}

}
