/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.util.UUID;
import java.util.stream.Stream;

/**
 * Agents of the four IFI kinds (Data 2.4.2.3), each new on every call so that tests
 * sharing a database do not see each other's documents.
 */
public final class TestAgents {

	private TestAgents() {
	}

	/** The IFI kinds, as parameters of a parameterized test. */
	public static Stream<String> kinds() {
		return Stream.of("mbox", "mbox_sha1sum", "openid", "account");
	}

	/** A new Agent with an IFI of this kind and no name, as JSON. */
	public static String agent(String kind) {
		String unique = UUID.randomUUID().toString().replace("-", "");
		return switch (kind) {
			case "mbox" -> "{\"objectType\":\"Agent\",\"mbox\":\"mailto:learner-" + unique + "@example.com\"}";
			case "mbox_sha1sum" -> "{\"mbox_sha1sum\":\"" + unique + unique.substring(0, 8) + "\"}";
			case "openid" -> "{\"openid\":\"http://openid.example.org/" + unique + "\"}";
			case "account" -> "{\"account\":{\"homePage\":\"http://lms.example.com\",\"name\":\"" + unique + "\"}}";
			default -> throw new IllegalArgumentException(kind);
		};
	}

	/** The same Agent with a name added. */
	public static String named(String agent, String name) {
		return "{\"name\":\"" + name + "\"," + agent.substring(1);
	}

	/** A new Activity id. */
	public static String activityId() {
		return "http://courses.example.com/activities/" + UUID.randomUUID();
	}

}
