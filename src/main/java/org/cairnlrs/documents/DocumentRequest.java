/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.JsonNode;

import org.cairnlrs.xapi.Actors;
import org.cairnlrs.xapi.Ifi;
import org.cairnlrs.xapi.IndexedValues;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiFormats;

import org.springframework.http.HttpMethod;

/**
 * The query parameters of a Document Resource request, validated like the same values in
 * Statements (Data 2.2 "LRS Requirements"): which document or set of documents it is
 * about, and the {@code since} time of an id list.
 *
 * @param key the document, or the set when {@link DocumentKey#isSingle()} is false
 * @param since only ids of documents written after this time, or {@code null}
 */
record DocumentRequest(DocumentKey key, Instant since) {

	/**
	 * Reads the parameters of a request.
	 * @param request the request
	 * @param resource the resource it was sent to
	 * @param method the method; HEAD counts as GET
	 * @return the validated parameters
	 * @throws XapiException 400 naming the parameter that is missing, repeated, not
	 * recognised or invalid
	 */
	static DocumentRequest parse(HttpServletRequest request, DocumentResource resource, HttpMethod method) {
		Map<String, String[]> parameters = request.getParameterMap();
		checkNames(parameters, resource);

		String id = single(parameters, resource.idParameter());
		String since = single(parameters, "since");
		checkId(resource, method, id, since);

		List<String> context = new ArrayList<>();
		if (resource != DocumentResource.AGENT_PROFILE) {
			context.add(XapiFormats.parseIriParameter(required(parameters, "activityId"), "activityId"));
		}
		if (resource != DocumentResource.ACTIVITY_PROFILE) {
			context.add(agentKey(required(parameters, "agent")));
		}
		if (resource == DocumentResource.STATE) {
			registration(parameters, id != null).ifPresent(context::add);
		}
		Instant sinceTime = (since != null) ? XapiFormats.parseTimestampParameter(since, "since") : null;
		DocumentKey key = new DocumentKey(resource, List.copyOf(context), id);
		checkIndexable(key);
		return new DocumentRequest(key, sinceTime);
	}

	private static void checkNames(Map<String, String[]> parameters, DocumentResource resource) {
		List<String> known = known(resource);
		for (Map.Entry<String, String[]> parameter : parameters.entrySet()) {
			String name = parameter.getKey();
			if (!known.contains(name)) {
				throw XapiException.badRequest("The parameter '" + shorten(name) + "' is not recognised by the "
						+ resource.title() + " resource; it takes " + String.join(", ", known));
			}
			for (String value : parameter.getValue()) {
				IndexedValues.checkText(value, name);
			}
		}
	}

	/**
	 * Checks the key's values against the LRS's limits for indexed values, one by one and
	 * together ({@link IndexedValues}), so that no database refuses or alters them.
	 */
	private static void checkIndexable(DocumentKey key) {
		List<String> names = new ArrayList<>();
		for (String column : key.columns()) {
			names.add(switch (column) {
				case "activity_id" -> "activityId";
				case "agent_key" -> "agent";
				default -> column;
			});
		}
		List<String> values = new ArrayList<>(key.context());
		if (key.isSingle()) {
			names.add(key.resource().idParameter());
			values.add(key.id());
		}
		for (int i = 0; i < values.size(); i++) {
			IndexedValues.check(values.get(i), names.get(i));
		}
		IndexedValues.checkKey(values, String.join(", ", names));
	}

	private static List<String> known(DocumentResource resource) {
		return switch (resource) {
			case STATE -> List.of("activityId", "agent", "registration", "stateId", "since");
			case ACTIVITY_PROFILE -> List.of("activityId", "profileId", "since");
			case AGENT_PROFILE -> List.of("agent", "profileId", "since");
		};
	}

	// Spec: Communication 2.3 to 2.7: the id is required except for GET of the id list
	// and,
	// on the State resource, DELETE of a set; since only goes with the id list.
	private static void checkId(DocumentResource resource, HttpMethod method, String id, String since) {
		String name = resource.idParameter();
		boolean listing = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method);
		boolean optional = listing || (HttpMethod.DELETE.equals(method) && resource.deletesSets());
		if (id == null && !optional) {
			throw XapiException.badRequest(name + ": is required");
		}
		if (id != null && id.isEmpty()) {
			throw XapiException.badRequest(name + ": must not be empty");
		}
		if (since != null && (id != null || !listing)) {
			throw XapiException.badRequest("since: is only allowed on a GET of the list of ids, without " + name);
		}
	}

	/**
	 * The registration column's value: the UUID in lowercase; for a single document
	 * without a registration the empty string, which stands for "none" in the key; for a
	 * set without a registration nothing, so that the set covers every registration
	 * (Communication 2.3 "Activity + Agent [+ registration if specified]").
	 */
	private static Optional<String> registration(Map<String, String[]> parameters, boolean single) {
		String registration = single(parameters, "registration");
		if (registration != null) {
			return Optional.of(XapiFormats.parseUuidParameter(registration, "registration"));
		}
		return single ? Optional.of("") : Optional.empty();
	}

	// Spec: Communication 2.3, 2.6: an Agent, not a Group; the key is its IFI alone.
	private static String agentKey(String json) {
		JsonNode agent = Actors.parseAgentParameter(json, "agent", false);
		return Ifi.of(agent).orElseThrow(() -> XapiException.badRequest("agent: must have exactly one IFI")).key();
	}

	private static String required(Map<String, String[]> parameters, String name) {
		String value = single(parameters, name);
		if (value == null) {
			throw XapiException.badRequest(name + ": is required");
		}
		return value;
	}

	private static String single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw XapiException.badRequest(name + ": must be given once");
		}
		return values[0];
	}

	private static String shorten(String name) {
		return (name.length() > 40) ? name.substring(0, 40) + "..." : name;
	}

}
