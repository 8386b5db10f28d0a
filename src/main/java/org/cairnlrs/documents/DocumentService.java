/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import tools.jackson.databind.node.ObjectNode;

import org.cairnlrs.database.Transactions;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiVersion;

import org.springframework.stereotype.Service;

/**
 * The rules shared by the three Document Resources (Communication 2.2, 3.1): storing,
 * merging, reading and deleting documents under the {@code If-Match} and
 * {@code If-None-Match} preconditions.
 * <p>
 * Each precondition is checked by the SQL statement that writes, never by a read followed
 * by a write in Java, so two writers holding the same ETag cannot both succeed, whether
 * they run in this process or another one. Each write runs in one transaction, run again
 * when the database reports a deadlock or a serialization failure.
 */
@Service
class DocumentService {

	// A merge that keeps losing to concurrent writers gives up after this many tries.
	private static final int MERGE_ATTEMPTS = 10;

	private final DocumentRepository repository;

	private final Transactions transactions;

	DocumentService(DocumentRepository repository, Transactions transactions) {
		this.repository = repository;
		this.transactions = transactions;
	}

	Optional<StoredDocument> find(DocumentKey key) {
		return this.repository.find(key);
	}

	List<DocumentId> listIds(DocumentKey set, Instant since) {
		return this.repository.listIds(set, since);
	}

	/**
	 * Stores a document, replacing the one there (PUT).
	 * @throws XapiException 412 when a precondition fails, 409 or 400 when there is no
	 * precondition and the resource needs one ({@link UnconditionalPut})
	 */
	void put(DocumentKey key, DocumentBody body, Preconditions preconditions, XapiVersion version) {
		this.transactions.writeWithoutResult((status) -> putOnce(key, body, preconditions, version));
	}

	private void putOnce(DocumentKey key, DocumentBody body, Preconditions preconditions, XapiVersion version) {
		StoredDocument document = stored(body.content(), body.contentType());
		if (preconditions.absent()) {
			putUnconditionally(key, document, UnconditionalPut.of(key.resource(), version));
			return;
		}

		checkSatisfiable(preconditions);
		if (preconditions.ifMatch() != null) {
			if (!this.repository.update(key, document, preconditions.ifMatch(), refused(preconditions))) {
				throw preconditionFailed(key);
			}
			return;
		}
		if (preconditions.ifNoneMatchAny()) {
			if (!this.repository.insertIfAbsent(key, document)) {
				throw preconditionFailed(key);
			}
			return;
		}
		// If-None-Match with ETags: replace a document that differs, or create one.
		if (!this.repository.update(key, document, List.of(), preconditions.ifNoneMatch())
				&& !this.repository.insertIfAbsent(key, document)) {
			throw preconditionFailed(key);
		}
	}

	/**
	 * Stores a new document, or merges a JSON object into a stored one (POST,
	 * Communication 2.2 "JSON Procedure with Requirements").
	 * @throws XapiException 400 when a merge involves a document that is not a JSON
	 * object, 412 when a precondition fails
	 */
	void post(DocumentKey key, DocumentBody body, Preconditions preconditions) {
		this.transactions.writeWithoutResult((status) -> postOnce(key, body, preconditions));
	}

	private void postOnce(DocumentKey key, DocumentBody body, Preconditions preconditions) {
		checkSatisfiable(preconditions);
		ObjectNode posted = body.isJson()
				? JsonDocuments.parseObject(body.content())
					.orElseThrow(() -> XapiException
						.badRequest("The posted document has Content-Type application/json but is not a JSON object"))
				: null;

		for (int attempt = 0; attempt < MERGE_ATTEMPTS; attempt++) {
			StoredDocument current = this.repository.find(key).orElse(null);
			if (!preconditions.allow(current)) {
				throw preconditionFailed(key);
			}
			if (current == null) {
				if (this.repository.insertIfAbsent(key, stored(body.content(), body.contentType()))) {
					return;
				}
				continue;
			}

			StoredDocument merged = merge(key, current, posted);
			if (this.repository.update(key, merged, List.of(current.etag()), List.of())) {
				return;
			}
		}
		throw XapiException.conflict("The " + key.resource().title()
				+ " document kept changing while this POST tried to merge into it; send the POST again");
	}

	/**
	 * Deletes one document, or for the State resource a set of them.
	 * @throws XapiException 412 when a precondition on a single document fails
	 */
	void delete(DocumentKey key, Preconditions preconditions) {
		this.transactions.writeWithoutResult((status) -> deleteOnce(key, preconditions));
	}

	private void deleteOnce(DocumentKey key, Preconditions preconditions) {
		if (!key.isSingle() || preconditions.absent()) {
			// Deleting a document that is not there changes nothing and is no error.
			this.repository.delete(key, List.of(), List.of());
			return;
		}

		checkSatisfiable(preconditions);
		if (preconditions.ifMatch() != null) {
			if (this.repository.delete(key, preconditions.ifMatch(), refused(preconditions)) == 0) {
				throw preconditionFailed(key);
			}
			return;
		}
		// If-None-Match alone: there must be no document (*), or none with a listed ETag.
		if (preconditions.ifNoneMatchAny()) {
			if (this.repository.exists(key)) {
				throw preconditionFailed(key);
			}
			return;
		}
		if (this.repository.delete(key, List.of(), refused(preconditions)) == 0 && this.repository.exists(key)) {
			throw preconditionFailed(key);
		}
	}

	private void putUnconditionally(DocumentKey key, StoredDocument document, UnconditionalPut rule) {
		if (rule == UnconditionalPut.REPLACE) {
			this.repository.upsert(key, document);
			return;
		}
		boolean exists = (rule == UnconditionalPut.CREATE_ONLY) ? !this.repository.insertIfAbsent(key, document)
				: this.repository.exists(key);
		if (rule == UnconditionalPut.CREATE_ONLY && !exists) {
			return;
		}

		// Spec: Communication 3.1: 409 with an explanation when the document exists.
		if (exists) {
			throw XapiException.conflict("The " + key.resource().title() + " resource already has a document with this "
					+ key.resource().idParameter() + ", and this PUT has neither If-Match nor If-None-Match. "
					+ "GET the document to check its current state, then PUT again with an If-Match header "
					+ "carrying its ETag");
		}
		throw XapiException.badRequest("A PUT to the " + key.resource().title() + " resource needs an If-Match "
				+ "header with the ETag of the document it replaces, or If-None-Match: * to create a new one");
	}

	private StoredDocument merge(DocumentKey key, StoredDocument current, ObjectNode posted) {
		if (posted == null || !JsonDocuments.isJson(current.contentType())) {
			throw XapiException.badRequest("A POST merges JSON objects only: both the stored " + key.resource().title()
					+ " document and the posted one must have Content-Type application/json; use PUT to replace it");
		}
		ObjectNode stored = JsonDocuments.parseObject(current.content())
			.orElseThrow(() -> XapiException.badRequest("The stored " + key.resource().title()
					+ " document is not a JSON object, so a POST cannot merge into it; use PUT to replace it"));
		return stored(JsonDocuments.merge(stored, posted), JsonDocuments.JSON);
	}

	// If-Match and If-None-Match: * together can never both hold; If-Match with weak tags
	// only matches nothing.
	private static void checkSatisfiable(Preconditions preconditions) {
		boolean matchesNothing = preconditions.ifMatch() != null && !preconditions.ifMatchAny()
				&& preconditions.ifMatch().isEmpty();
		if (matchesNothing || (preconditions.ifMatch() != null && preconditions.ifNoneMatchAny())) {
			throw XapiException
				.preconditionFailed("The If-Match and If-None-Match headers of this request cannot both be satisfied");
		}
	}

	private static List<String> refused(Preconditions preconditions) {
		return (preconditions.ifNoneMatch() != null) ? preconditions.ifNoneMatch() : List.of();
	}

	private StoredDocument stored(byte[] content, String contentType) {
		return new StoredDocument(content, contentType, sha1Hex(content), Instant.now());
	}

	private static XapiException preconditionFailed(DocumentKey key) {
		return XapiException.preconditionFailed("The " + key.resource().title()
				+ " document does not match the If-Match or If-None-Match header; GET it for its current ETag");
	}

	// Spec: Communication 3.1: the ETag is the hex SHA-1 of the content, in lowercase.
	static String sha1Hex(byte[] content) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

}
