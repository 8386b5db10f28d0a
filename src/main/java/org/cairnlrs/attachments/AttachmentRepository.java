/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.cairnlrs.database.DatabaseProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code attachment} and {@code attachment_chunk} tables. Content is kept once per
 * hash, split into chunks of {@value #CHUNK_SIZE} bytes, so that neither storing nor
 * serving an attachment ever holds more than one chunk in memory, on every database
 * alike, and every node of a cluster sees the same content.
 */
@Repository
public class AttachmentRepository {

	static final int CHUNK_SIZE = 1024 * 1024;

	private final JdbcClient jdbc;

	private final String insertIfAbsent;

	AttachmentRepository(JdbcClient jdbc, DatabaseProperties database) {
		this.jdbc = jdbc;
		String columns = "attachment (sha2, content_type, length, chunks, created_at) "
				+ "VALUES (:sha2, :contentType, :length, :chunks, :createdAt)";
		this.insertIfAbsent = switch (database.vendor()) {
			case MARIADB, MYSQL -> "INSERT IGNORE INTO " + columns;
			case SQLITE, POSTGRESQL -> "INSERT INTO " + columns + " ON CONFLICT (sha2) DO NOTHING";
		};
	}

	/**
	 * Keeps a part's content unless content with its hash is kept already. Runs in the
	 * caller's transaction.
	 * @param part the part, its hash checked
	 */
	public void save(AttachmentPart part) {
		int chunks = (int) ((part.length() + CHUNK_SIZE - 1) / CHUNK_SIZE);
		int inserted = this.jdbc.sql(this.insertIfAbsent)
			.param("sha2", part.sha2())
			.param("contentType", (part.contentType() != null) ? part.contentType() : "application/octet-stream")
			.param("length", part.length())
			.param("chunks", chunks)
			.param("createdAt", System.currentTimeMillis())
			.update();
		if (inserted == 0) {
			return;
		}
		try (InputStream in = Files.newInputStream(part.file())) {
			for (int n = 0; n < chunks; n++) {
				byte[] chunk = in.readNBytes(CHUNK_SIZE);
				this.jdbc.sql("INSERT INTO attachment_chunk (sha2, chunk_no, content) VALUES (:sha2, :n, :content)")
					.param("sha2", part.sha2())
					.param("n", n)
					.param("content", chunk)
					.update();
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the spooled attachment " + part.sha2(), ex);
		}
	}

	/**
	 * What is kept of these hashes; hashes with no content kept (fileUrl only) are left
	 * out.
	 */
	public List<StoredAttachment> find(Collection<String> hashes) {
		if (hashes.isEmpty()) {
			return List.of();
		}
		return this.jdbc.sql("SELECT sha2, content_type, length, chunks FROM attachment WHERE sha2 IN (:hashes)")
			.param("hashes", hashes)
			.query((rs, row) -> new StoredAttachment(rs.getString("sha2"), rs.getString("content_type"),
					rs.getLong("length"), rs.getInt("chunks")))
			.list();
	}

	public Optional<StoredAttachment> find(String sha2) {
		return find(List.of(sha2)).stream().findFirst();
	}

	/**
	 * Writes an attachment's content, one chunk at a time.
	 * @param attachment the attachment
	 * @param out where to write
	 * @throws IOException when the client has gone away
	 */
	public void copy(StoredAttachment attachment, OutputStream out) throws IOException {
		for (int n = 0; n < attachment.chunks(); n++) {
			byte[] chunk = this.jdbc.sql("SELECT content FROM attachment_chunk WHERE sha2 = :sha2 AND chunk_no = :n")
				.param("sha2", attachment.sha2())
				.param("n", n)
				.query(byte[].class)
				.single();
			out.write(chunk);
		}
	}

}
