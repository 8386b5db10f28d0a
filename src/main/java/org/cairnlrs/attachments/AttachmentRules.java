/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.attachments;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiVersion;
import tools.jackson.databind.JsonNode;

import org.springframework.http.MediaType;

/**
 * Matches the attachments that statements declare with the parts a request sent
 * (Communication 1.5.2): by hash only, every part used, every attachment either sent or
 * given by {@code fileUrl}, and signatures checked.
 */
public final class AttachmentRules {

	/** A JWS over a statement is a few kilobytes; anything far larger is no signature. */
	static final long MAX_SIGNATURE_BYTES = 1024 * 1024;

	private AttachmentRules() {
	}

	/**
	 * Checks a request's statements against its attachment parts.
	 * @param statements the statements, already valid on their own
	 * @param parts the parts by hash; empty for an {@code application/json} request
	 * @param version the xAPI version of the request, whose rules compare signed
	 * statements
	 * @throws XapiException 400 naming the attachment or part at fault
	 */
	public static void check(List<JsonNode> statements, Map<String, AttachmentPart> parts, XapiVersion version) {
		Set<String> used = new HashSet<>();
		for (int i = 0; i < statements.size(); i++) {
			String where = (statements.size() == 1) ? "the statement" : "statement [" + i + "]";
			JsonNode attachments = statements.get(i).path("attachments");
			for (int j = 0; j < attachments.size(); j++) {
				checkAttachment(statements.get(i), attachments.get(j), where, where + " attachments[" + j + "]", parts,
						used, version);
			}
		}
		for (String hash : parts.keySet()) {
			if (!used.contains(hash)) {
				throw XapiException.badRequest("The attachment part " + MultipartStatements.abbreviated(hash)
						+ " matches the sha2 of no attachment in the statements");
			}
		}
	}

	private static void checkAttachment(JsonNode statement, JsonNode attachment, String where, String path,
			Map<String, AttachmentPart> parts, Set<String> used, XapiVersion version) {
		String sha2 = attachment.path("sha2").asString("").toLowerCase(Locale.ROOT);
		AttachmentPart part = parts.get(sha2);
		boolean signature = StatementSignature.USAGE_TYPE.equals(attachment.path("usageType").asString(""));
		if (signature && !isOctetStream(attachment.path("contentType").asString(""))) {
			throw XapiException.badRequest(path + ".contentType must be application/octet-stream for a signature");
		}
		if (part == null) {
			if (!attachment.hasNonNull("fileUrl")) {
				throw XapiException.badRequest(path + " has no fileUrl and the request has no part with its sha2");
			}
			return;
		}
		used.add(sha2);
		// Spec: Communication 1.5.2 matches parts to attachments by hash only; the
		// declared length is not checked
		// against the part, because the hash already pins the content and some clients
		// declare the size of the
		// file before encoding it (the conformance suite does, XAPI-00127).
		if (part.contentType() != null
				&& !sameMediaType(part.contentType(), attachment.path("contentType").asString(""))) {
			throw XapiException.badRequest(path + ".contentType does not match the Content-Type of its part");
		}
		if (signature) {
			if (part.length() > MAX_SIGNATURE_BYTES) {
				throw XapiException.badRequest(path + " is too large to be a signature");
			}
			StatementSignature.verify(statement, part.bytes(), where, version);
		}
	}

	private static boolean isOctetStream(String contentType) {
		return sameMediaType(contentType, MediaType.APPLICATION_OCTET_STREAM_VALUE);
	}

	private static boolean sameMediaType(String a, String b) {
		try {
			MediaType left = MediaType.parseMediaType(a);
			MediaType right = MediaType.parseMediaType(b);
			return left.getType().equalsIgnoreCase(right.getType())
					&& left.getSubtype().equalsIgnoreCase(right.getSubtype());
		}
		catch (RuntimeException ex) {
			return a.equalsIgnoreCase(b);
		}
	}

}
