/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.activities;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.xapi.XapiFormats;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Activities resource (Communication 2.5): the Activity with its canonical
 * definition.
 */
@RestController
class ActivityController {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final ActivityService activities;

	ActivityController(ActivityService activities) {
		this.activities = activities;
	}

	/**
	 * Answers GET and HEAD of {@code activities?activityId=}. An Activity the LRS has not
	 * seen is still returned, with its id only (Communication 2.5 "SHOULD*", a MUST in
	 * 2.0).
	 */
	@GetMapping("${cairn.xapi.base-path:/xapi}/activities")
	ResponseEntity<byte[]> activity(HttpServletRequest request, @AuthenticationPrincipal Client client) {
		checkScope(client);
		String activityId = XapiFormats.parseIriParameter(activityIdParameter(request), "activityId");

		ObjectNode activity = JsonNodeFactory.instance.objectNode();
		activity.put("objectType", "Activity");
		activity.put("id", activityId);
		this.activities.findDefinition(activityId)
			.filter((definition) -> !definition.isEmpty())
			.ifPresent((definition) -> activity.set("definition", definition));
		return json(activity);
	}

	/**
	 * The JSON answer with a strong ETag, the SHA-1 of the body, which every GET carries
	 * (Communication 3.1).
	 */
	private static ResponseEntity<byte[]> json(ObjectNode body) {
		byte[] content = MAPPER.writeValueAsBytes(body);
		try {
			String etag = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-1").digest(content));
			return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).eTag("\"" + etag + "\"").body(content);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-1 is not available", ex);
		}
	}

	private static String activityIdParameter(HttpServletRequest request) {
		Map<String, String[]> parameters = request.getParameterMap();
		for (String name : parameters.keySet()) {
			if (!name.equals("activityId")) {
				throw XapiException.badRequest("The parameter '" + shorten(name)
						+ "' is not recognised by the Activities resource; " + "it takes activityId only");
			}
		}
		String[] values = parameters.get("activityId");
		if (values == null) {
			throw XapiException.badRequest("activityId: is required");
		}
		if (values.length != 1) {
			throw XapiException.badRequest("activityId: must be given once");
		}
		return values[0];
	}

	private static String shorten(String name) {
		return (name.length() > 40) ? name.substring(0, 40) + "..." : name;
	}

	// Activity definitions are metadata every reading client may need; a client that may
	// only write statements cannot read them.
	private static void checkScope(Client client) {
		if (!client.mayRead(Scope.STATEMENTS_READ, Scope.STATEMENTS_READ_MINE, Scope.DEFINE, Scope.STATE,
				Scope.PROFILE)) {
			throw XapiException.forbidden("This client may not read Activities; that needs a reading scope such as "
					+ "statements/read, statements/read/mine, define, state, profile, all/read or all");
		}
	}

}
