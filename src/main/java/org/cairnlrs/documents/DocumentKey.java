/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.List;

/**
 * Where a document or a set of documents lives: the resource, the values of its context
 * columns, and the document id for a single document.
 *
 * @param resource the Document Resource
 * @param context the values of {@link DocumentResource#contextColumns()}, in order; for a
 * State set without a registration, the registration is left out (the set then covers
 * every registration)
 * @param id the {@code stateId} or {@code profileId}, or {@code null} for a set
 */
record DocumentKey(DocumentResource resource, List<String> context, String id) {

	/** The same place with a document id. */
	DocumentKey withId(String documentId) {
		return new DocumentKey(this.resource, this.context, documentId);
	}

	boolean isSingle() {
		return this.id != null;
	}

	/** The key columns that this key gives values for, in order. */
	List<String> columns() {
		return this.resource.contextColumns().subList(0, this.context.size());
	}

}
