/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnlrs.xapi.TestJson.value;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Inverse Functional Identifiers and their index keys (Data 2.4.2.3).
 */
class IfiTests {

	@ParameterizedTest
	@MethodSource
	void givesEachKindAKey(String agent, String expectedKey) {
		assertThat(Ifi.of(value(agent))).map(Ifi::key).contains(expectedKey);
	}

	static Stream<Arguments> givesEachKindAKey() {
		return Stream.of(arguments("{\"mbox\": \"mailto:a@example.com\"}", "mbox:mailto:a@example.com"),
				arguments("{\"objectType\": \"Agent\", \"name\": \"A\", \"mbox\": \"mailto:a@Example.COM\"}",
						"mbox:mailto:a@example.com"),
				arguments("{\"mbox_sha1sum\": \"CD9B00A5611F94EAA7B1661EDAB976068E364975\"}",
						"mbox_sha1sum:cd9b00a5611f94eaa7b1661edab976068e364975"),
				arguments("{\"openid\": \"http://openid.example.org/12345\"}",
						"openid:http://openid.example.org/12345"),
				arguments("{\"account\": {\"homePage\": \"http://www.example.com\", \"name\": \"42\"}}",
						"account:http://www.example.com|42"),
				arguments("""
						{"objectType": "Group", "mbox": "mailto:team@example.com",
						 "member": [{"mbox": "mailto:a@example.com"}]}""", "mbox:mailto:team@example.com"));
	}

	@Test
	void keepsTheLocalPartOfAnMboxAsSent() {
		// Only the domain is case insensitive (Data 2.4.2.3 "Client Requirements").
		Ifi upper = Ifi.of(value("{\"mbox\": \"mailto:Alice@example.com\"}")).orElseThrow();
		Ifi lower = Ifi.of(value("{\"mbox\": \"mailto:alice@example.com\"}")).orElseThrow();

		assertThat(upper.key()).isNotEqualTo(lower.key());
	}

	@Test
	void hasNoIfiForAnonymousGroupsAndInvalidActors() {
		assertThat(Ifi.of(value("{\"objectType\": \"Group\", \"member\": [{\"mbox\": \"mailto:a@example.com\"}]}")))
			.isEmpty();
		assertThat(Ifi.of(value("{\"mbox\": \"mailto:a@example.com\", \"openid\": \"http://x.example.com\"}")))
			.isEmpty();
		assertThat(Ifi.of(value("{\"mbox\": 12}"))).isEmpty();
		assertThat(Ifi.of(value("{\"account\": {\"homePage\": \"http://www.example.com\"}}"))).isEmpty();
		assertThat(Ifi.of(value("\"mailto:a@example.com\""))).isEmpty();
		assertThat(Ifi.of(null)).isEmpty();
	}

	@Test
	void accountKeysCannotCollide() {
		Ifi first = Ifi.account("http://a.example.com|b", "c");
		Ifi second = Ifi.account("http://a.example.com", "b|c");
		Ifi third = Ifi.account("http://a.example.com\\", "|c");
		Ifi fourth = Ifi.account("http://a.example.com\\|", "c");

		assertThat(first.key()).isNotEqualTo(second.key());
		assertThat(third.key()).isNotEqualTo(fourth.key());
		assertThat(second.key()).isEqualTo("account:http://a.example.com|b|c");
	}

	@Test
	void kindsNeverShareAKey() {
		// An openid that looks like an mbox key stays an openid key.
		Ifi openid = Ifi.of(value("{\"openid\": \"mailto:a@example.com\"}")).orElseThrow();
		Ifi mbox = Ifi.of(value("{\"mbox\": \"mailto:a@example.com\"}")).orElseThrow();

		assertThat(openid.key()).isNotEqualTo(mbox.key());
	}

	@Test
	void treatsMboxAndItsSha1sumAsDifferentIfis() {
		Ifi mbox = Ifi.of(value("{\"mbox\": \"mailto:xapi@adlnet.gov\"}")).orElseThrow();
		Ifi sha1sum = Ifi.of(value("{\"mbox_sha1sum\": \"cd9b00a5611f94eaa7b1661edab976068e364975\"}")).orElseThrow();

		assertThat(mbox).isNotEqualTo(sha1sum);
		assertThat(mbox.asMboxSha1sum()).contains(sha1sum);
		assertThat(sha1sum.asMboxSha1sum()).isEmpty();
	}

}
