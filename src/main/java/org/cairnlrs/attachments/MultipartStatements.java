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
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.cairnlrs.xapi.XapiException;

import org.springframework.http.MediaType;

/**
 * A {@code multipart/mixed} statement request (Communication 1.5.2), read as a stream:
 * the first part holds the statement or statements as JSON, every other part the raw
 * bytes of one attachment, spooled to a temporary file and hashed on the way. No part is
 * held in memory whole, so attachments far larger than the heap pass through. Closing it
 * deletes the temporary files.
 */
public final class MultipartStatements implements AutoCloseable {

	private static final int COPY_BUFFER = 64 * 1024;

	private final Path folder;

	private byte[] statements;

	private final Map<String, AttachmentPart> parts = new LinkedHashMap<>();

	private long total;

	private long maxStatementBytes;

	private MultipartStatements(Path folder) {
		this.folder = folder;
	}

	/**
	 * Reads a request body.
	 * @param body the body
	 * @param contentType the request's Content-Type, which names the boundary
	 * @param maxBytes the most bytes the whole body may hold
	 * @param tempRoot where temporary files may go
	 * @return the statements' JSON and the attachment parts by hash
	 * @throws XapiException 400 for a malformed body, 413 when it is too large
	 */
	public static MultipartStatements read(InputStream body, String contentType, long maxBytes, Path tempRoot) {
		return read(body, contentType, maxBytes, maxBytes, tempRoot);
	}

	/**
	 * Reads a request body, holding its statements part to a limit of its own.
	 * @param body the body
	 * @param contentType the request's Content-Type, which names the boundary
	 * @param maxStatementBytes the most bytes the statements part may hold
	 * @param maxBytes the most bytes the whole body may hold
	 * @param tempRoot where temporary files may go
	 * @return the statements' JSON and the attachment parts by hash
	 * @throws XapiException 400 for a malformed body, 413 when it or its statements part
	 * is too large
	 */
	public static MultipartStatements read(InputStream body, String contentType, long maxStatementBytes, long maxBytes,
			Path tempRoot) {
		checkContentType(contentType);
		MultipartStatements request;
		try {
			request = new MultipartStatements(Files.createTempDirectory(tempRoot, "cairn-multipart-"));
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create a temporary folder for attachments", ex);
		}
		try {
			request.maxStatementBytes = maxStatementBytes;
			request.parse(body, contentType, maxBytes);
			return request;
		}
		catch (RuntimeException ex) {
			request.close();
			throw ex;
		}
	}

	/** The JSON of the first part: one statement or an array of statements. */
	public byte[] statements() {
		return this.statements;
	}

	/** The attachment parts by their hash (lowercase), in the order they came. */
	public Map<String, AttachmentPart> parts() {
		return Collections.unmodifiableMap(this.parts);
	}

	@Override
	public void close() {
		try (var files = Files.list(this.folder)) {
			files.forEach((file) -> file.toFile().delete());
		}
		catch (IOException ex) {
			// The folder is gone already or unreadable; nothing more can be removed.
		}
		this.folder.toFile().delete();
	}

	private static void checkContentType(String contentType) {
		MediaType type;
		try {
			type = MediaType.parseMediaType(contentType);
		}
		catch (RuntimeException ex) {
			throw XapiException.badRequest("The Content-Type header is not a valid media type");
		}
		if (!type.isCompatibleWith(MediaType.parseMediaType("multipart/mixed"))) {
			throw XapiException.badRequest("Statements with attachment data must be sent as multipart/mixed");
		}
		String boundary = type.getParameter("boundary");
		if (boundary == null || boundary.isBlank()) {
			throw XapiException.badRequest("The multipart/mixed Content-Type names no boundary");
		}
	}

	private void parse(InputStream body, String contentType, long maxBytes) {
		MimeConfig config = MimeConfig.custom()
			.setMaxLineLen(-1)
			.setMaxHeaderLen(-1)
			.setMaxHeaderCount(1000)
			.setMaxContentLen(-1)
			.setStrictParsing(false)
			.build();
		MimeTokenStream tokens = new MimeTokenStream(config);
		tokens.parseHeadless(body, contentType);
		Map<String, String> headers = new LinkedHashMap<>();
		int depth = 0;
		try {
			for (EntityState state = tokens.getState(); state != EntityState.T_END_OF_STREAM; state = tokens.next()) {
				switch (state) {
					case T_START_MULTIPART -> depth++;
					case T_START_BODYPART -> headers.clear();
					case T_FIELD -> header(headers, tokens.getField());
					case T_BODY -> part(headers, tokens.getInputStream(), depth, maxBytes);
					default -> {
					}
				}
			}
		}
		catch (MimeException | IOException ex) {
			throw XapiException.badRequest("The multipart/mixed body could not be read: it is malformed or cut short");
		}
		if (this.statements == null) {
			throw XapiException.badRequest("The multipart/mixed body has no part holding statements");
		}
	}

	private static void header(Map<String, String> headers, Field field) {
		String body = field.getBody();
		headers.put(field.getName().toLowerCase(Locale.ROOT), (body != null) ? body.trim() : "");
	}

	private void part(Map<String, String> headers, InputStream content, int depth, long maxBytes) throws IOException {
		if (depth != 1) {
			throw XapiException.badRequest("A multipart/mixed statement request must not nest multipart bodies");
		}
		if (this.statements == null) {
			this.statements = statementPart(headers, content, maxBytes);
			return;
		}
		AttachmentPart part = attachmentPart(headers, content, maxBytes);
		this.parts.putIfAbsent(part.sha2(), part);
	}

	private byte[] statementPart(Map<String, String> headers, InputStream content, long maxBytes) throws IOException {
		String type = headers.get("content-type");
		if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
			throw XapiException.badRequest("The first part of a multipart/mixed statement request must have the "
					+ "Content-Type application/json");
		}
		long limit = Math.min(maxBytes, this.maxStatementBytes);
		byte[] json = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, limit + 1));
		if (json.length > this.maxStatementBytes) {
			throw XapiException.payloadTooLarge("The statements part is larger than the " + this.maxStatementBytes
					+ " bytes this LRS accepts for statements");
		}
		count(json.length, maxBytes);
		return json;
	}

	/**
	 * Spec: Communication 1.5.2: every attachment part names its hash and is sent in
	 * binary.
	 */
	private AttachmentPart attachmentPart(Map<String, String> headers, InputStream content, long maxBytes)
			throws IOException {
		String declared = headers.get("x-experience-api-hash");
		if (declared == null || declared.isEmpty()) {
			throw XapiException.badRequest("An attachment part has no X-Experience-API-Hash header");
		}
		String encoding = headers.get("content-transfer-encoding");
		if (encoding == null || !encoding.equalsIgnoreCase("binary")) {
			throw XapiException.badRequest("The attachment part " + abbreviated(declared)
					+ " must have the header Content-Transfer-Encoding: binary");
		}
		MessageDigest digest = Sha2.digestFor(declared)
			.orElseThrow(() -> XapiException
				.badRequest("The X-Experience-API-Hash " + abbreviated(declared) + " is not the hex of a SHA-2 hash"));

		Path file = Files.createTempFile(this.folder, "part-", ".bin");
		long length = 0;
		try (OutputStream out = Files.newOutputStream(file)) {
			byte[] buffer = new byte[COPY_BUFFER];
			for (int read = content.read(buffer); read != -1; read = content.read(buffer)) {
				count(read, maxBytes);
				digest.update(buffer, 0, read);
				out.write(buffer, 0, read);
				length += read;
			}
		}
		String actual = HexFormat.of().formatHex(digest.digest());
		if (!actual.equalsIgnoreCase(declared)) {
			throw XapiException.badRequest("The content of attachment part " + abbreviated(declared)
					+ " does not match its X-Experience-API-Hash");
		}
		return new AttachmentPart(actual, headers.get("content-type"), length, file);
	}

	private void count(long bytes, long maxBytes) {
		this.total += bytes;
		if (this.total > maxBytes) {
			throw XapiException.payloadTooLarge("The request is larger than the " + maxBytes
					+ " bytes this LRS accepts for statements with attachments");
		}
	}

	static String abbreviated(String hash) {
		return (hash.length() > 16) ? hash.substring(0, 16) + "…" : hash;
	}

}
