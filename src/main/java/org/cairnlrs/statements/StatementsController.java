/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.cairnlrs.attachments.AttachmentRepository;
import org.cairnlrs.attachments.AttachmentRules;
import org.cairnlrs.attachments.MultipartResponse;
import org.cairnlrs.attachments.StoredAttachment;
import org.cairnlrs.api.XapiProperties;
import org.cairnlrs.api.XapiRequests;
import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.XapiException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Statement resource, {@code <base>/statements} (1.0.3 Communication 2.1): PUT and
 * POST store Statements, GET and HEAD read them. Every answer carries
 * {@code X-Experience-API-Consistent-Through} ({@link ConsistentThroughFilter}).
 */
@RestController
class StatementsController {

	private static final String PATH = "${cairn.xapi.base-path:/xapi}/statements";

	private final StatementWriter writer;

	private final StatementReader reader;

	private final StatementsProperties properties;

	private final AttachmentRepository attachments;

	private final String statementsPath;

	StatementsController(StatementWriter writer, StatementReader reader, StatementsProperties properties,
			XapiProperties xapi, AttachmentRepository attachments) {
		this.writer = writer;
		this.reader = reader;
		this.properties = properties;
		this.attachments = attachments;
		this.statementsPath = xapi.basePath() + "/statements";
	}

	/**
	 * PUT Statements (Communication 2.1.1): stores one Statement under
	 * {@code statementId}.
	 * @return 204, also when the same Statement was stored before
	 */
	@PutMapping(PATH)
	ResponseEntity<Void> put(HttpServletRequest request, @AuthenticationPrincipal Client client) throws IOException {
		requireWrite(client);
		String statementId = StatementParameters.of(request.getParameterMap()).forPut();
		try (StatementBody body = readBody(request)) {
			if (body.array()) {
				throw XapiException.badRequest("PUT takes one Statement, not an array; POST stores several");
			}
			store(body, statementId, request, client);
		}
		return ResponseEntity.noContent().build();
	}

	/**
	 * POST Statements (Communication 2.1.2): stores one Statement or an array of them,
	 * all or none.
	 * @return 200 with the ids of the Statements, in the order received
	 */
	@PostMapping(PATH)
	ResponseEntity<byte[]> post(HttpServletRequest request, @AuthenticationPrincipal Client client) throws IOException {
		requireWrite(client);
		List<IncomingStatement> stored;
		try (StatementBody body = readBody(request)) {
			StatementParameters.of(request.getParameterMap()).forPost();
			stored = store(body, null, request, client);
		}
		String ids = StatementJson
			.write(StatementJson.MAPPER.valueToTree(stored.stream().map(IncomingStatement::id).toList()));
		return json(ids);
	}

	/**
	 * GET and HEAD Statements (Communication 2.1.3): one Statement by {@code statementId}
	 * or {@code voidedStatementId}, or a StatementResult of a query.
	 * @return the Statement or the StatementResult, with {@code Last-Modified} set to the
	 * newest {@code stored} among them
	 */
	@GetMapping(PATH)
	ResponseEntity<byte[]> get(HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal Client client) throws IOException {
		Long onlyMine = readScope(client);
		StatementRead read = StatementParameters.of(request.getParameterMap()).forGet(this.properties.maxLimit());
		// Spec: Communication 1.1: HEAD answers like GET without the body, so the body is
		// not even built.
		boolean withBody = !HttpMethod.HEAD.matches(request.getMethod());
		List<Locale.LanguageRange> languages = languages(request);

		String json = null;
		List<StoredRow> rows;
		if (read instanceof StatementLookup lookup) {
			StoredRow row = this.reader.find(lookup, onlyMine);
			rows = List.of(row);
			if (withBody) {
				json = StatementOutput.statement(row, lookup.format(), languages, XapiRequests.version(request));
			}
		}
		else {
			StatementQuery query = (StatementQuery) read;
			StatementPage page = this.reader.query(query, onlyMine);
			rows = page.rows();
			if (withBody) {
				json = StatementOutput.result(page.rows(), more(request, query, page), query.format(), languages,
						XapiRequests.version(request));
			}
		}
		Long lastModified = rows.stream().map(StoredRow::stored).max(Long::compare).orElse(null);
		if (!read.attachments()) {
			return answer(lastModified, json);
		}
		writeMultipart(response, lastModified, json, rows);
		return null;
	}

	private List<IncomingStatement> store(StatementBody body, String statementId, HttpServletRequest request,
			Client client) {
		List<IncomingStatement> prepared = StatementIntake.prepare(body, statementId, client.authority(),
				XapiRequests.version(request));
		AttachmentRules.check(body.statements(), body.parts(), XapiRequests.version(request));
		if (!prepared.isEmpty()) {
			this.writer.store(prepared, body.parts().values(), client);
		}
		return prepared;
	}

	private StatementBody readBody(HttpServletRequest request) throws IOException {
		return StatementBody.read(request, this.properties.maxBodySize().toBytes(),
				this.properties.maxAttachmentSize().toBytes());
	}

	private static void requireWrite(Client client) {
		if (!client.mayWrite(Scope.STATEMENTS_WRITE)) {
			throw XapiException.forbidden("This client may not store Statements (scope statements/write)");
		}
	}

	/**
	 * The client id to restrict reads to for {@code statements/read/mine}, null for a
	 * client that may read every Statement.
	 */
	private static Long readScope(Client client) {
		if (client.mayRead(Scope.STATEMENTS_READ)) {
			return null;
		}
		if (client.has(Scope.STATEMENTS_READ_MINE)) {
			return client.id();
		}
		throw XapiException.forbidden("This client may not read Statements (scope statements/read)");
	}

	// Spec: Communication 2.1.3: Accept-Language chooses the language of canonical maps;
	// a header that cannot be parsed expresses no preference.
	private static List<Locale.LanguageRange> languages(HttpServletRequest request) {
		String header = request.getHeader(HttpHeaders.ACCEPT_LANGUAGE);
		if (header == null || header.isBlank()) {
			return List.of();
		}
		try {
			return Locale.LanguageRange.parse(header);
		}
		catch (IllegalArgumentException ex) {
			return List.of();
		}
	}

	/**
	 * The {@code more} link (Data 2.5): relative, the original parameters with the cursor
	 * of the next page, or empty on the last page.
	 */
	private String more(HttpServletRequest request, StatementQuery query, StatementPage page) {
		if (page.next() == null) {
			return "";
		}
		StringBuilder link = new StringBuilder(request.getContextPath()).append(this.statementsPath).append('?');
		for (Map.Entry<String, String[]> parameter : request.getParameterMap().entrySet()) {
			if (!parameter.getKey().equals(StatementCursor.PARAMETER)) {
				link.append(encode(parameter.getKey())).append('=').append(encode(parameter.getValue()[0])).append('&');
			}
		}
		return link.append(StatementCursor.PARAMETER)
			.append('=')
			.append(page.next().encode(query.filters()))
			.toString();
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static ResponseEntity<byte[]> json(String json) {
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(json.getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A GET answer in JSON.
	 * @param json the body, or null for HEAD
	 */
	private static ResponseEntity<byte[]> answer(Long lastModified, String json) {
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
		if (lastModified != null) {
			answer.lastModified(lastModified);
		}
		answer.contentType(MediaType.APPLICATION_JSON);
		return (json != null) ? answer.body(json.getBytes(StandardCharsets.UTF_8)) : answer.build();
	}

	/**
	 * A GET answer with {@code attachments=true} (Data 2.4.11; Communication 2.1.3):
	 * multipart/mixed with the JSON part first, then one part per attachment whose data
	 * the LRS holds, each once, streamed from storage.
	 * @param json the body, or null for HEAD
	 */
	private void writeMultipart(HttpServletResponse response, Long lastModified, String json, List<StoredRow> rows)
			throws IOException {
		MultipartResponse multipart = new MultipartResponse();
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(multipart.contentType());
		if (lastModified != null) {
			response.setDateHeader(HttpHeaders.LAST_MODIFIED, lastModified);
		}
		if (json == null) {
			return;
		}
		List<StoredAttachment> attachments = this.attachments.find(StatementAttachments.hashes(rows));
		multipart.write(response.getOutputStream(), json.getBytes(StandardCharsets.UTF_8), attachments,
				this.attachments);
		response.flushBuffer();
	}

}
