/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import static org.cairnlrs.xapi.JsonChecks.child;
import static org.cairnlrs.xapi.JsonChecks.index;
import static org.cairnlrs.xapi.JsonChecks.invalid;

/**
 * Validates a Statement as received, before anything is stored. Every rule the
 * specification makes about the structure of a single Statement is checked here: required
 * and unknown properties at every level, exact JSON types, the formatted string types,
 * the Agent/Group, Activity, Result and Context rules, SubStatement and voiding
 * restrictions (1.0.3 Data 2.2 to 2.6 and 4.1 to 4.6). Rules that need other Statements
 * (id conflicts, voiding targets) belong to the Statement resource.
 * <p>
 * Duplicate keys cannot be seen in a {@link JsonNode}: the parser that builds the tree
 * must reject them ({@code StreamReadFeature.STRICT_DUPLICATE_DETECTION}).
 */
public final class StatementValidator {

	/** The reserved verb of a voiding Statement (Data 2.3.2). */
	public static final String VOIDED_VERB = "http://adlnet.gov/expapi/verbs/voided";

	private static final Set<String> STATEMENT_PROPERTIES = Set.of("id", "actor", "verb", "object", "result", "context",
			"timestamp", "stored", "authority", "version", "attachments");

	private static final Set<String> SUBSTATEMENT_PROPERTIES = Set.of("objectType", "actor", "verb", "object", "result",
			"context", "timestamp", "attachments");

	// Spec: Data 2.4.4.3 "SubStatements": these are set for the containing Statement
	// only.
	private static final List<String> NOT_IN_SUBSTATEMENT = List.of("id", "stored", "version", "authority");

	private static final Set<String> VERB_PROPERTIES = Set.of("id", "display");

	private static final Set<String> STATEMENT_REF_PROPERTIES = Set.of("objectType", "id");

	private static final Set<String> ATTACHMENT_PROPERTIES = Set.of("usageType", "display", "description",
			"contentType", "length", "sha2", "fileUrl");

	private StatementValidator() {
	}

	/**
	 * Validates one Statement.
	 * @param statement the Statement as parsed from the request
	 * @param version the xAPI version of the request, which selects the rule set
	 * @throws XapiException 400 whose message starts with the JSON path of the first
	 * problem found
	 */
	public static void validate(JsonNode statement, XapiVersion version) {
		JsonChecks.object(statement, "");
		JsonChecks.onlyProperties(statement, "", STATEMENT_PROPERTIES, "a Statement");
		JsonChecks.optional(statement, "id", "", JsonChecks::uuid);

		validateCore(statement, "", version, false);
		JsonChecks.optional(statement, "stored", "", JsonChecks::timestamp);
		JsonChecks.optional(statement, "authority", "", Actors::validateAuthority);
		JsonChecks.optional(statement, "version", "", (node, path) -> validateVersion(node, path, version));
		validateVoiding(statement);
	}

	/**
	 * Whether a Statement voids another: its verb is the reserved voided verb (Data
	 * 2.3.2).
	 * @param statement a valid Statement
	 * @return true for a voiding Statement
	 */
	public static boolean isVoiding(JsonNode statement) {
		JsonNode verbId = statement.path("verb").path("id");
		return verbId.isString() && verbId.stringValue().equals(VOIDED_VERB);
	}

	// The properties a Statement and a SubStatement share (Data 2.4.4.3: "A SubStatement
	// MUST be validated as a Statement").
	private static void validateCore(JsonNode statement, String path, XapiVersion version, boolean inSubStatement) {
		Actors.validateActor(JsonChecks.required(statement, "actor", path), child(path, "actor"));
		validateVerb(JsonChecks.required(statement, "verb", path), child(path, "verb"));
		JsonNode object = JsonChecks.required(statement, "object", path);
		validateObject(object, child(path, "object"), version, inSubStatement);

		JsonChecks.optional(statement, "result", path, ResultValidator::validateResult);
		boolean objectIsActivity = isActivity(object);
		JsonChecks.optional(statement, "context", path,
				(node, contextPath) -> ContextValidator.validateContext(node, contextPath, objectIsActivity, version));
		JsonChecks.optional(statement, "timestamp", path, JsonChecks::timestamp);
		JsonChecks.optional(statement, "attachments", path, StatementValidator::validateAttachments);
	}

	private static void validateVerb(JsonNode verb, String path) {
		JsonChecks.object(verb, path);
		JsonChecks.onlyProperties(verb, path, VERB_PROPERTIES, "a Verb");
		JsonChecks.iri(JsonChecks.required(verb, "id", path), child(path, "id"));
		JsonChecks.optional(verb, "display", path, JsonChecks::languageMap);
	}

	// Spec: Data 2.4.4: objectType defaults to Activity; the other values are exact.
	private static void validateObject(JsonNode object, String path, XapiVersion version, boolean inSubStatement) {
		JsonChecks.object(object, path);
		JsonNode objectType = object.get("objectType");
		String type = (objectType != null) ? JsonChecks.string(objectType, child(path, "objectType")) : "Activity";
		switch (type) {
			case "Activity" -> ActivityValidator.validateActivity(object, path);
			case "Agent" -> Actors.validateAgent(object, path);
			case "Group" -> Actors.validateGroup(object, path);
			case "StatementRef" -> validateStatementRef(object, path);
			case "SubStatement" -> {
				if (inSubStatement) {
					throw invalid(child(path, "objectType"), "a SubStatement cannot contain another SubStatement");
				}
				validateSubStatement(object, path, version);
			}
			default -> throw invalid(child(path, "objectType"),
					"must be Activity, Agent, Group, StatementRef or SubStatement (case sensitive)");
		}
	}

	private static void validateSubStatement(JsonNode subStatement, String path, XapiVersion version) {
		for (String key : NOT_IN_SUBSTATEMENT) {
			if (subStatement.has(key)) {
				throw invalid(child(path, key), "is not allowed in a SubStatement (Data 2.4.4.3)");
			}
		}
		JsonChecks.onlyProperties(subStatement, path, SUBSTATEMENT_PROPERTIES, "a SubStatement");
		validateCore(subStatement, path, version, true);
	}

	/**
	 * A Statement Reference: {@code {"objectType": "StatementRef", "id": UUID}} (Data
	 * 2.4.4.3). Used for the object and for {@code context.statement}.
	 */
	static void validateStatementRef(JsonNode ref, String path) {
		JsonChecks.object(ref, path);
		JsonChecks.onlyProperties(ref, path, STATEMENT_REF_PROPERTIES, "a StatementRef");
		JsonNode objectType = JsonChecks.required(ref, "objectType", path);
		if (!"StatementRef".equals(JsonChecks.string(objectType, child(path, "objectType")))) {
			throw invalid(child(path, "objectType"), "must be \"StatementRef\" (case sensitive)");
		}
		JsonChecks.uuid(JsonChecks.required(ref, "id", path), child(path, "id"));
	}

	static boolean isActivity(JsonNode object) {
		JsonNode objectType = object.get("objectType");
		return objectType == null || (objectType.isString() && objectType.stringValue().equals("Activity"));
	}

	// Spec: Data 2.4.11: every Attachment carries usageType, display, contentType, length
	// and sha2; the raw data is matched by the Statement resource.
	private static void validateAttachments(JsonNode attachments, String path) {
		JsonChecks.array(attachments, path);
		for (int i = 0; i < attachments.size(); i++) {
			String itemPath = index(path, i);
			JsonNode attachment = JsonChecks.object(attachments.get(i), itemPath);
			JsonChecks.onlyProperties(attachment, itemPath, ATTACHMENT_PROPERTIES, "an Attachment");
			JsonChecks.iri(JsonChecks.required(attachment, "usageType", itemPath), child(itemPath, "usageType"));
			JsonChecks.languageMap(JsonChecks.required(attachment, "display", itemPath), child(itemPath, "display"));
			JsonChecks.optional(attachment, "description", itemPath, JsonChecks::languageMap);
			JsonChecks.formatted(JsonChecks.required(attachment, "contentType", itemPath),
					child(itemPath, "contentType"), XapiFormats::isMediaType,
					"an Internet media type such as text/plain");
			validateLength(JsonChecks.required(attachment, "length", itemPath), child(itemPath, "length"));
			JsonChecks.formatted(JsonChecks.required(attachment, "sha2", itemPath), child(itemPath, "sha2"),
					XapiFormats::isSha2Hex, "the hex-encoded SHA-2 hash of the attachment data");
			JsonChecks.optional(attachment, "fileUrl", itemPath, JsonChecks::irl);
		}
	}

	private static void validateLength(JsonNode length, String path) {
		JsonChecks.number(length, path);
		BigDecimal value = length.decimalValue();
		if (value.signum() < 0 || value.stripTrailingZeros().scale() > 0) {
			throw invalid(path, "must be a non-negative integer (octets)");
		}
	}

	// Spec: Data 2.4.10 (1.0.x only under 1.0.3); 2.0 LRS 4.2.4.2 should not reject for
	// the
	// version, and its conformance suite accepts 1.0.x and 2.0.x only.
	private static void validateVersion(JsonNode node, String path, XapiVersion version) {
		String value = JsonChecks.string(node, path);
		if (!XapiFormats.isStatementVersion(value, version)) {
			throw invalid(path, version.isAtLeast2() ? "must be 1.0, 1.0.x, 2.0 or 2.0.x" : "must be 1.0 or 1.0.x");
		}
	}

	// Spec: Data 2.3.2: the object of a voiding Statement is a StatementRef to the
	// target.
	private static void validateVoiding(JsonNode statement) {
		if (isVoiding(statement) && !"StatementRef".equals(statement.get("object").path("objectType").asString(""))) {
			throw invalid("object", "must be a StatementRef when the verb is " + VOIDED_VERB + " (Data 2.3.2)");
		}
	}

}
