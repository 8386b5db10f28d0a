/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.cairnlrs.xapi.JsonChecks.child;
import static org.cairnlrs.xapi.JsonChecks.index;
import static org.cairnlrs.xapi.JsonChecks.invalid;

/**
 * Agents and Groups (Data 2.4.2): their validation inside Statements and as the
 * {@code agent} query parameter of the Statement, State, Agent Profile and Agents
 * resources.
 */
public final class Actors {

	/**
	 * The four inverse functional identifiers, in the order the specification lists them.
	 */
	static final List<String> IFI_PROPERTIES = List.of("mbox", "mbox_sha1sum", "openid", "account");

	private static final Set<String> AGENT_PROPERTIES = Set.of("objectType", "name", "mbox", "mbox_sha1sum", "openid",
			"account");

	private static final Set<String> GROUP_PROPERTIES = Set.of("objectType", "name", "member", "mbox", "mbox_sha1sum",
			"openid", "account");

	private static final Set<String> ACCOUNT_PROPERTIES = Set.of("homePage", "name");

	// Duplicate keys are undefined in 1.0.3 and rejected in 2.0 (LRS 4.2.1): refuse them
	// here.
	private static final JsonMapper PARAMETER_MAPPER = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.build();

	private Actors() {
	}

	/**
	 * Parses and validates an {@code agent} query parameter that may be an Agent or an
	 * Identified Group, as the Statement resource's {@code agent} filter allows
	 * (Communication 2.1.3). Parameters are validated like the same type in Statements
	 * (Data 2.2).
	 * @param json the raw parameter value (JSON text)
	 * @param parameterName the parameter, named in error messages
	 * @return the parsed Agent or Group
	 * @throws XapiException 400 naming the parameter when it is not valid JSON or not a
	 * valid Agent or Identified Group
	 */
	public static JsonNode parseAgentParameter(String json, String parameterName) {
		return parseAgentParameter(json, parameterName, true);
	}

	/**
	 * Parses and validates an {@code agent} query parameter.
	 * @param json the raw parameter value (JSON text)
	 * @param parameterName the parameter, named in error messages
	 * @param allowGroup whether an Identified Group is accepted. It is for the Statement
	 * resource's filter; the State and Agent Profile resources and the Agents resource
	 * take an Agent only (Communication 2.3, 2.4, 2.6), so they pass {@code false}
	 * @return the parsed Agent (or Group)
	 * @throws XapiException 400 naming the parameter when it is missing, not valid JSON,
	 * not a valid Agent, or its identifier is not within {@link IndexedValues}' limits
	 */
	public static JsonNode parseAgentParameter(String json, String parameterName, boolean allowGroup) {
		if (json == null) {
			throw XapiException.badRequest(parameterName + ": is required");
		}
		JsonNode agent;
		try {
			agent = PARAMETER_MAPPER.readTree(json);
		}
		catch (JacksonException ex) {
			throw XapiException.badRequest(parameterName + ": is not valid JSON");
		}

		JsonChecks.object(agent, parameterName);
		if (isGroup(agent)) {
			if (!allowGroup) {
				throw invalid(parameterName, "must be an Agent, not a Group");
			}
			validateGroup(agent, parameterName);
			if (ifiNames(agent).isEmpty()) {
				throw invalid(parameterName, "must be an Agent or an Identified Group, not an Anonymous Group");
			}
		}
		else {
			validateAgent(agent, parameterName);
		}
		// Every use of the parameter looks its IFI key up in an index.
		Ifi.of(agent).ifPresent((ifi) -> IndexedValues.check(ifi.key(), parameterName));
		return agent;
	}

	static boolean isGroup(JsonNode actor) {
		JsonNode objectType = actor.get("objectType");
		return objectType != null && objectType.isString() && objectType.stringValue().equals("Group");
	}

	/**
	 * An Agent or a Group where {@code objectType} may be left out for an Agent: the
	 * actor, {@code context.instructor} and SubStatement actors (Data 2.4.2).
	 */
	static void validateActor(JsonNode actor, String path) {
		JsonChecks.object(actor, path);
		JsonNode objectType = actor.get("objectType");
		if (objectType != null) {
			String type = JsonChecks.string(objectType, child(path, "objectType"));
			if (!type.equals("Agent") && !type.equals("Group")) {
				throw invalid(child(path, "objectType"), "must be \"Agent\" or \"Group\" (case sensitive)");
			}
		}

		if (isGroup(actor)) {
			validateGroup(actor, path);
		}
		else {
			validateAgent(actor, path);
		}
	}

	/**
	 * An Agent: optional objectType {@code Agent}, optional name, exactly one IFI (Data
	 * 2.4.2.1).
	 */
	static void validateAgent(JsonNode agent, String path) {
		JsonChecks.object(agent, path);
		JsonChecks.onlyProperties(agent, path, AGENT_PROPERTIES, "an Agent");
		objectType(agent, path, "Agent");
		name(agent, path);

		List<String> ifis = ifiNames(agent);
		if (ifis.size() != 1) {
			throw invalid(path, "an Agent must have exactly one of mbox, mbox_sha1sum, openid or account (found "
					+ (ifis.isEmpty() ? "none" : String.join(", ", ifis)) + ")");
		}
		validateIfi(agent, ifis.get(0), path);
	}

	/**
	 * A Group: objectType {@code Group} is required; an Identified Group has exactly one
	 * IFI, an Anonymous Group has none and lists its members; members are Agents only
	 * (Data 2.4.2.2).
	 */
	static void validateGroup(JsonNode group, String path) {
		JsonChecks.object(group, path);
		JsonChecks.onlyProperties(group, path, GROUP_PROPERTIES, "a Group");
		JsonNode objectType = JsonChecks.required(group, "objectType", path);
		if (!"Group".equals(JsonChecks.string(objectType, child(path, "objectType")))) {
			throw invalid(child(path, "objectType"), "must be \"Group\" (case sensitive)");
		}
		name(group, path);

		List<String> ifis = ifiNames(group);
		if (ifis.size() > 1) {
			throw invalid(path, "an Identified Group must have exactly one of mbox, mbox_sha1sum, openid or account "
					+ "(found " + String.join(", ", ifis) + ")");
		}
		if (ifis.size() == 1) {
			validateIfi(group, ifis.get(0), path);
		}
		validateMembers(group, path, ifis.isEmpty());
	}

	private static void validateMembers(JsonNode group, String path, boolean anonymous) {
		JsonNode members = group.get("member");
		String membersPath = child(path, "member");
		if (members == null) {
			if (anonymous) {
				throw invalid(membersPath, "is required for an Anonymous Group (a Group without an identifier)");
			}
			return;
		}

		JsonChecks.array(members, membersPath);
		if (anonymous && members.isEmpty()) {
			throw invalid(membersPath, "must list at least one Agent in an Anonymous Group");
		}
		for (int i = 0; i < members.size(); i++) {
			JsonNode member = members.get(i);
			if (member.isObject() && isGroup(member)) {
				throw invalid(index(membersPath, i), "must be an Agent; a Group cannot be a member of a Group");
			}
			validateAgent(member, index(membersPath, i));
		}
	}

	/**
	 * The authority: an Agent, or for 3-legged OAuth an Anonymous Group of exactly two
	 * Agents, the application and the user (Data 2.4.9). The conformance suite checks the
	 * same structure under 2.0.
	 */
	static void validateAuthority(JsonNode authority, String path) {
		JsonChecks.object(authority, path);
		if (!isGroup(authority)) {
			validateActor(authority, path);
			return;
		}

		validateGroup(authority, path);
		if (!ifiNames(authority).isEmpty()) {
			throw invalid(path, "an authority Group must be anonymous (the OAuth application and user, Data 2.4.9)");
		}
		if (authority.get("member").size() != 2) {
			throw invalid(child(path, "member"), "an authority Group must have exactly two Agents (Data 2.4.9)");
		}
	}

	static List<String> ifiNames(JsonNode actor) {
		List<String> names = new ArrayList<>();
		for (String name : IFI_PROPERTIES) {
			if (actor.has(name)) {
				names.add(name);
			}
		}
		return names;
	}

	private static void objectType(JsonNode actor, String path, String expected) {
		JsonNode objectType = actor.get("objectType");
		if (objectType != null && !expected.equals(JsonChecks.string(objectType, child(path, "objectType")))) {
			throw invalid(child(path, "objectType"), "must be \"" + expected + "\" (case sensitive)");
		}
	}

	private static void name(JsonNode actor, String path) {
		JsonNode name = actor.get("name");
		if (name != null) {
			JsonChecks.string(name, child(path, "name"));
		}
	}

	// Spec: Data 2.4.2.3 (IFI formats) and 2.4.2.4 (Account Object).
	private static void validateIfi(JsonNode actor, String ifi, String path) {
		String ifiPath = child(path, ifi);
		JsonNode value = actor.get(ifi);
		switch (ifi) {
			case "mbox" -> JsonChecks.formatted(value, ifiPath, XapiFormats::isMailtoIri,
					"a mailto IRI of an email address, such as mailto:name@example.com");
			case "mbox_sha1sum" -> JsonChecks.formatted(value, ifiPath, XapiFormats::isSha1Hex,
					"the hex-encoded SHA-1 of a mailto IRI (40 hex digits)");
			case "openid" -> JsonChecks.formatted(value, ifiPath, XapiFormats::isIri, "an absolute URI");
			default -> validateAccount(value, ifiPath);
		}
	}

	private static void validateAccount(JsonNode account, String path) {
		JsonChecks.object(account, path);
		JsonChecks.onlyProperties(account, path, ACCOUNT_PROPERTIES, "an Account");
		JsonChecks.irl(JsonChecks.required(account, "homePage", path), child(path, "homePage"));
		JsonChecks.string(JsonChecks.required(account, "name", path), child(path, "name"));
	}

}
