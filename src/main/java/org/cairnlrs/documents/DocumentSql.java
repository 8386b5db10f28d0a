/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;

import org.cairnlrs.database.DatabaseVendor;

/**
 * The SQL of the three document tables. Table and column names come from
 * {@link DocumentResource}, never from a request; values are always bound parameters.
 * <p>
 * Every write is a single statement whose {@code WHERE} clause carries the precondition
 * (the expected ETag), so that concurrent writers, also in other server processes, cannot
 * both win. Only the insert-if-absent and the upsert differ by vendor; they are the two
 * methods taking a {@link DatabaseVendor}.
 */
final class DocumentSql {

	private static final String DOCUMENT_COLUMNS = "content, content_type, etag, updated";

	private DocumentSql() {
	}

	/** One document; parameters: the key values. */
	static String select(DocumentKey key) {
		return "SELECT " + DOCUMENT_COLUMNS + " FROM " + key.resource().table() + " WHERE " + keyCondition(key);
	}

	/** Whether one document exists; parameters: the key values. */
	static String exists(DocumentKey key) {
		return "SELECT COUNT(*) FROM " + key.resource().table() + " WHERE " + keyCondition(key);
	}

	/**
	 * The ids and times of a set of documents, in id order; parameters: the context
	 * values, then the {@code since} time when asked for.
	 */
	static String listIds(DocumentKey set, boolean since) {
		DocumentResource resource = set.resource();
		return "SELECT " + resource.idColumn() + " AS document_id, updated FROM " + resource.table() + " WHERE "
				+ keyCondition(set) + (since ? " AND updated > ?" : "") + " ORDER BY " + resource.idColumn();
	}

	/**
	 * Inserts a document unless one exists under its key; parameters: the key values,
	 * then content, content type, ETag, updated. One row changed means inserted.
	 */
	static String insertIfAbsent(DocumentResource resource, DatabaseVendor vendor) {
		String insert = insertInto(resource);
		return switch (vendor) {
			case SQLITE, POSTGRESQL -> insert + " ON CONFLICT DO NOTHING";
			case MARIADB, MYSQL -> insert.replaceFirst("^INSERT ", "INSERT IGNORE ");
		};
	}

	/**
	 * Inserts a document or replaces the one under its key; parameters as for
	 * {@link #insertIfAbsent}.
	 */
	static String upsert(DocumentResource resource, DatabaseVendor vendor) {
		String insert = insertInto(resource);
		return switch (vendor) {
			case SQLITE,
					POSTGRESQL ->
				insert + " ON CONFLICT (" + String.join(", ", keyColumns(resource))
						+ ") DO UPDATE SET content = excluded.content, content_type = excluded.content_type, "
						+ "etag = excluded.etag, updated = excluded.updated";
			case MARIADB, MYSQL -> insert + " ON DUPLICATE KEY UPDATE content = VALUES(content), "
					+ "content_type = VALUES(content_type), etag = VALUES(etag), updated = VALUES(updated)";
		};
	}

	/**
	 * Replaces an existing document when its ETag is one of the expected ones (any ETag
	 * when {@code expected} is empty) and none of the refused ones; parameters: content,
	 * content type, ETag, updated, then the key values, the expected and the refused
	 * ETags.
	 */
	static String update(DocumentKey key, int expected, int refused) {
		return "UPDATE " + key.resource().table() + " SET content = ?, content_type = ?, etag = ?, updated = ? WHERE "
				+ keyCondition(key) + etagConditions(expected, refused);
	}

	/**
	 * Deletes one document or a set, with the same ETag conditions as {@link #update};
	 * parameters: the key values, the expected and the refused ETags.
	 */
	static String delete(DocumentKey key, int expected, int refused) {
		return "DELETE FROM " + key.resource().table() + " WHERE " + keyCondition(key)
				+ etagConditions(expected, refused);
	}

	private static String insertInto(DocumentResource resource) {
		List<String> columns = keyColumns(resource);
		return "INSERT INTO " + resource.table() + " (" + String.join(", ", columns) + ", " + DOCUMENT_COLUMNS
				+ ") VALUES (" + placeholders(columns.size() + 4) + ")";
	}

	private static List<String> keyColumns(DocumentResource resource) {
		List<String> columns = new ArrayList<>(resource.contextColumns());
		columns.add(resource.idColumn());
		return columns;
	}

	private static String keyCondition(DocumentKey key) {
		List<String> columns = new ArrayList<>(key.columns());
		if (key.isSingle()) {
			columns.add(key.resource().idColumn());
		}
		return columns.stream().map((column) -> column + " = ?").collect(Collectors.joining(" AND "));
	}

	private static String etagConditions(int expected, int refused) {
		String sql = "";
		if (expected > 0) {
			sql += " AND etag IN (" + placeholders(expected) + ")";
		}
		if (refused > 0) {
			sql += " AND etag NOT IN (" + placeholders(refused) + ")";
		}
		return sql;
	}

	private static String placeholders(int count) {
		return String.join(", ", Collections.nCopies(count, "?"));
	}

}
