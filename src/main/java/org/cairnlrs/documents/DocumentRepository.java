/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.cairnlrs.database.DatabaseProperties;
import org.cairnlrs.database.DatabaseVendor;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code state_document}, {@code activity_profile_document} and
 * {@code agent_profile_document} tables. Each method is one SQL statement, so each write
 * is atomic without a surrounding transaction, and SQLite's write lock is held only for
 * that statement.
 */
@Repository
class DocumentRepository {

	private final JdbcClient jdbc;

	private final Map<DocumentResource, String> insertIfAbsent = new EnumMap<>(DocumentResource.class);

	private final Map<DocumentResource, String> upsert = new EnumMap<>(DocumentResource.class);

	DocumentRepository(JdbcClient jdbc, DatabaseProperties database) {
		this.jdbc = jdbc;
		DatabaseVendor vendor = database.vendor();
		for (DocumentResource resource : DocumentResource.values()) {
			this.insertIfAbsent.put(resource, DocumentSql.insertIfAbsent(resource, vendor));
			this.upsert.put(resource, DocumentSql.upsert(resource, vendor));
		}
	}

	Optional<StoredDocument> find(DocumentKey key) {
		return this.jdbc.sql(DocumentSql.select(key))
			.params(keyValues(key))
			.query((rs, row) -> document(rs))
			.optional();
	}

	boolean exists(DocumentKey key) {
		return this.jdbc.sql(DocumentSql.exists(key)).params(keyValues(key)).query(Long.class).single() > 0;
	}

	/** The ids of a set of documents written after {@code since} (all when null). */
	List<DocumentId> listIds(DocumentKey set, Instant since) {
		List<Object> params = keyValues(set);
		if (since != null) {
			params.add(since.toEpochMilli());
		}
		return this.jdbc.sql(DocumentSql.listIds(set, since != null))
			.params(params)
			.query((rs, row) -> new DocumentId(rs.getString("document_id"),
					Instant.ofEpochMilli(rs.getLong("updated"))))
			.list();
	}

	/** Inserts the document unless one exists; true when it was inserted. */
	boolean insertIfAbsent(DocumentKey key, StoredDocument document) {
		return this.jdbc.sql(this.insertIfAbsent.get(key.resource())).params(insertValues(key, document)).update() == 1;
	}

	/** Inserts or replaces the document. */
	void upsert(DocumentKey key, StoredDocument document) {
		this.jdbc.sql(this.upsert.get(key.resource())).params(insertValues(key, document)).update();
	}

	/**
	 * Replaces an existing document whose ETag is one of {@code expected} (any when
	 * empty) and none of {@code refused}; true when it was replaced.
	 */
	boolean update(DocumentKey key, StoredDocument document, Collection<String> expected, Collection<String> refused) {
		List<Object> params = new ArrayList<>(List.of(document.content(), document.contentType(), document.etag(),
				document.updated().toEpochMilli()));
		params.addAll(keyValues(key));
		params.addAll(expected);
		params.addAll(refused);
		return this.jdbc.sql(DocumentSql.update(key, expected.size(), refused.size())).params(params).update() > 0;
	}

	/**
	 * Deletes a document (or a set) whose ETag is one of {@code expected} (any when
	 * empty) and none of {@code refused}; returns how many were deleted.
	 */
	int delete(DocumentKey key, Collection<String> expected, Collection<String> refused) {
		List<Object> params = keyValues(key);
		params.addAll(expected);
		params.addAll(refused);
		return this.jdbc.sql(DocumentSql.delete(key, expected.size(), refused.size())).params(params).update();
	}

	private static List<Object> keyValues(DocumentKey key) {
		List<Object> values = new ArrayList<>(key.context());
		if (key.isSingle()) {
			values.add(key.id());
		}
		return values;
	}

	private static List<Object> insertValues(DocumentKey key, StoredDocument document) {
		List<Object> values = keyValues(key);
		values.add(document.content());
		values.add(document.contentType());
		values.add(document.etag());
		values.add(document.updated().toEpochMilli());
		return values;
	}

	private static StoredDocument document(ResultSet rs) throws SQLException {
		return new StoredDocument(rs.getBytes("content"), rs.getString("content_type"), rs.getString("etag"),
				Instant.ofEpochMilli(rs.getLong("updated")));
	}

}
