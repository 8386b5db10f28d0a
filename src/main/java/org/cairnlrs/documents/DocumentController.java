/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.cairnlrs.api.XapiRequests;
import org.cairnlrs.clients.Client;
import org.cairnlrs.xapi.XapiException;

import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RestController;

/**
 * The State, Activity Profile and Agent Profile resources. GET (and so HEAD) reads one
 * document or the list of ids, PUT stores, POST stores or merges, DELETE removes.
 * Documents are written to the response as stored: same bytes, same Content-Type.
 */
@RestController
class DocumentController {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final DocumentService documents;

	private final long maxSize;

	DocumentController(DocumentService documents, DocumentProperties properties) {
		this.documents = documents;
		this.maxSize = properties.maxSize().toBytes();
	}

	@RequestMapping(path = "${cairn.xapi.base-path:/xapi}/activities/state",
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE })
	void state(HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal Client client)
			throws IOException {
		handle(DocumentResource.STATE, request, response, client);
	}

	@RequestMapping(path = "${cairn.xapi.base-path:/xapi}/activities/profile",
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE })
	void activityProfile(HttpServletRequest request, HttpServletResponse response,
			@AuthenticationPrincipal Client client) throws IOException {
		handle(DocumentResource.ACTIVITY_PROFILE, request, response, client);
	}

	@RequestMapping(path = "${cairn.xapi.base-path:/xapi}/agents/profile",
			method = { RequestMethod.GET, RequestMethod.PUT, RequestMethod.POST, RequestMethod.DELETE })
	void agentProfile(HttpServletRequest request, HttpServletResponse response, @AuthenticationPrincipal Client client)
			throws IOException {
		handle(DocumentResource.AGENT_PROFILE, request, response, client);
	}

	private void handle(DocumentResource resource, HttpServletRequest request, HttpServletResponse response,
			Client client) throws IOException {
		HttpMethod method = HttpMethod.valueOf(request.getMethod());
		boolean read = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		checkScope(resource, client, read);

		// A form-encoded body would be taken as parameters once they are read: read it
		// first.
		DocumentBody body = (!read && isForm(request)) ? DocumentBody.read(request, this.maxSize) : null;
		DocumentRequest parameters = DocumentRequest.parse(request, resource, method);
		if (read) {
			get(parameters, response, HttpMethod.HEAD.equals(method));
			return;
		}

		if (HttpMethod.DELETE.equals(method)) {
			this.documents.delete(parameters.key(), Preconditions.of(request));
		}
		else {
			Preconditions preconditions = Preconditions.of(request);
			body = (body != null) ? body : DocumentBody.read(request, this.maxSize);
			if (HttpMethod.PUT.equals(method)) {
				this.documents.put(parameters.key(), body, preconditions, XapiRequests.version(request));
			}
			else {
				this.documents.post(parameters.key(), body, preconditions);
			}
		}
		response.setStatus(HttpServletResponse.SC_NO_CONTENT);
	}

	private void get(DocumentRequest parameters, HttpServletResponse response, boolean head) throws IOException {
		DocumentKey key = parameters.key();
		if (key.isSingle()) {
			StoredDocument document = this.documents.find(key)
				.orElseThrow(() -> XapiException.notFound("There is no " + key.resource().title()
						+ " document with this " + key.resource().idParameter()));
			write(response, document.content(), document.contentType(), document.etag(), document.updated(), head);
			return;
		}

		List<DocumentId> ids = this.documents.listIds(key, parameters.since());
		byte[] content = MAPPER.writeValueAsBytes(ids.stream().map(DocumentId::id).toList());
		// Spec: Communication 2.2 "Last Modified": the newest of the documents listed.
		Instant newest = ids.stream().map(DocumentId::updated).max(Instant::compareTo).orElse(null);
		write(response, content, MediaType.APPLICATION_JSON_VALUE, DocumentService.sha1Hex(content), newest, head);
	}

	// Spec: Communication 3.1: every GET carries a quoted ETag; Communication 2.2: and
	// Last-Modified. Communication 1.1: HEAD answers the same headers without the body.
	private static void write(HttpServletResponse response, byte[] content, String contentType, String etag,
			Instant updated, boolean head) throws IOException {
		response.setStatus(HttpServletResponse.SC_OK);
		response.setContentType(contentType);
		response.setHeader("ETag", "\"" + etag + "\"");
		if (updated != null) {
			response.setDateHeader("Last-Modified", updated.toEpochMilli());
		}
		response.setContentLength(content.length);
		if (!head) {
			response.getOutputStream().write(content);
		}
	}

	// Spec: Communication 4.2 scopes: state and profile read and write their documents;
	// all/read reads everything, all does everything.
	private static void checkScope(DocumentResource resource, Client client, boolean read) {
		boolean allowed = read ? client.mayRead(resource.scope()) : client.mayWrite(resource.scope());
		if (!allowed) {
			throw XapiException.forbidden("This client may not " + (read ? "read" : "write") + " " + resource.title()
					+ " documents; that needs the scope " + resource.scope().value() + " or all"
					+ (read ? " or all/read" : ""));
		}
	}

	private static boolean isForm(HttpServletRequest request) {
		String contentType = request.getContentType();
		return contentType != null
				&& contentType.toLowerCase(Locale.ROOT).startsWith("application/x-www-form-urlencoded");
	}

}
