/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The formatted string types (Data 4.1 to 4.6) and the parameter parsers built on them.
 */
class XapiFormatsTests {

	@ParameterizedTest
	@ValueSource(strings = { "7ccd3322-e1a5-411a-a67d-6a735c76f119", "7CCD3322-E1A5-411A-A67D-6A735C76F119",
			"00000000-0000-0000-0000-000000000000", "7ccd3322-e1a5-111a-c67d-6a735c76f119" })
	void acceptsUuids(String value) {
		assertThat(XapiFormats.isUuid(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "7ccd3322e1a5411aa67d6a735c76f119", "7ccd3322-e1a5-411a-a67d-6a735c76f11",
			"7ccd3322-e1a5-411a-a67d-6a735c76f1199", "g ccd3322-e1a5-411a-a67d-6a735c76f119",
			"{7ccd3322-e1a5-411a-a67d-6a735c76f119}", "urn:uuid:7ccd3322-e1a5-411a-a67d-6a735c76f119" })
	void rejectsNonStandardUuids(String value) {
		assertThat(XapiFormats.isUuid(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "http://example.com", "https://example.com/a/b?c=d&e=f#g", "urn:uuid:1234",
			"mailto:a@example.com", "tag:example.com,2024:x", "uuid://4a3b-2c", "http://example.com/%C3%A9",
			"http://user:pw@example.com:8080/", "http://[::1]/", "file:///tmp/x", "http://例子.测试/路径", "a:" })
	void acceptsIris(String value) {
		assertThat(XapiFormats.isIri(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "should error", "example.com/path", "/relative/path", "#fragment",
			"ab=c://should.fail.com", "1http://example.com", ":no-scheme", "http://example.com/a b",
			"http://example.com/<x>", "http://example.com/%zz", "http://example.com/%4", "http://example.com/a#b#c",
			"http://example.com:80a/", "http://exa[mple.com/", "http://example.com/{x}", "http://example.com/a\\b" })
	void rejectsNonIris(String value) {
		assertThat(XapiFormats.isIri(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "en", "en-US", "de-DE", "zh-Hant", "zh-Hans-CN", "sr-Latn-RS", "es-419", "cmn", "ase",
			"und", "zh-yue", "de-CH-1901", "sl-rozaj-biske", "en-a-bbb-x-a-ccc", "x-whatever", "i-klingon", "en-GB-oed",
			"EN-us", "qaa-Qaaa-QM-x-southern" })
	void acceptsLanguageTags(String value) {
		assertThat(XapiFormats.isLanguageTag(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "something", "a12345", "a12345678", "s-something", "en-something-AU", "e", "en-",
			"-en", "en--US", "en_US", "zh-z-aaa-z-bbb-c-ccc", "de-1901-1901", "en-a", "x", "en-x", "123",
			"en-US-x-toolongsubtag", "en-ÜS" })
	void rejectsMalformedLanguageTags(String value) {
		assertThat(XapiFormats.isLanguageTag(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(strings = { "PT1H0M0.1S", "PT4H35M59.14S", "PT16559.14S", "P3Y1M29DT4H35M59.14S", "P3Y", "P4W", "PT0S",
			"P1D", "PT1M", "P1Y2M", "PT1,5S", "P0.5Y", "PT0.001S" })
	void acceptsDurations(String value) {
		assertThat(XapiFormats.isDuration(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "P", "PT", "PA1H0M0S", "P4W1D", "1H", "PT1H30", "P1.5DT2H", "PT1.5H30M",
			"P0003-04-06T12:30:05", "-PT5S", "pt5s", "PT5S ", "P1M2Y", "PT1.5.5S", "P1,5D1.5H" })
	void rejectsNonDurations(String value) {
		assertThat(XapiFormats.isDuration(value)).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "2024-05-01T12:00:00Z, 2024-05-01T12:00:00Z",
			"2024-05-01T12:00:00.123+02:00, 2024-05-01T10:00:00.123Z", "2024-05-01T12:00:00-0530, 2024-05-01T17:30:00Z",
			"2024-05-01T12:00:00+01, 2024-05-01T11:00:00Z",
			"2024-05-01T12:00:00.123456789123Z, 2024-05-01T12:00:00.123456789Z",
			"2024-05-01T12:00:00, 2024-05-01T12:00:00Z", "2024-05-01t12:00z, 2024-05-01T12:00:00Z",
			"2016-12-31T23:59:60Z, 2017-01-01T00:00:00Z", "2008-09-15T15:53:00.601+00:00, 2008-09-15T15:53:00.601Z" })
	void parsesTimestampsToInstants(String value, String expected) {
		assertThat(XapiFormats.parseTimestamp(value)).contains(Instant.parse(expected));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "should fail", "01/011/2015", "2024-05-01", "2024-05-01T12", "2024-02-30T12:00:00Z",
			"2024-05-01T24:00:00Z", "2024-05-01T12:60:00Z", "2024-05-01T12:00:00.Z", "2024-05-01 12:00:00Z",
			"2008-09-15T15:53:00.601-00", "2008-09-15T15:53:00.601-0000", "2008-09-15T15:53:00.601-00:00",
			"2024-05-01T12:00:00+19:00", "20240501T120000Z", "2024-05-01T12:00:00ZZ" })
	void rejectsInvalidTimestamps(String value) {
		assertThat(XapiFormats.parseTimestamp(value)).isEmpty();
		assertThat(XapiFormats.isTimestamp(value)).isFalse();
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "mailto:a@example.com", "mailto:first.last+tag@sub.example.co.uk", "mailto:xapi@adlnet.gov" })
	void acceptsMailtoIris(String value) {
		assertThat(XapiFormats.isMailtoIri(value)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "a@example.com", "mailto:", "mailto:should.fail.com", "mailto:@example.com",
			"mailto:a@", "http://should.fail.com", "mailto:a b@example.com", "MAILTO:a@example.com",
			"mailto:a@example.com?subject=x", "mailto:a@.example.com" })
	void rejectsOtherMailboxes(String value) {
		assertThat(XapiFormats.isMailtoIri(value)).isFalse();
	}

	@Test
	void checksHashes() {
		assertThat(XapiFormats.isSha1Hex("cd9b00a5611f94eaa7b1661edab976068e364975")).isTrue();
		assertThat(XapiFormats.isSha1Hex("CD9B00A5611F94EAA7B1661EDAB976068E364975")).isTrue();
		assertThat(XapiFormats.isSha1Hex("cd9b00a5611f94eaa7b1661edab976068e36497")).isFalse();
		assertThat(XapiFormats.isSha1Hex("xd9b00a5611f94eaa7b1661edab976068e364975")).isFalse();
		assertThat(XapiFormats.isSha2Hex("495395e777cd98da653df9615d09c0fd6bb2f8d4788394cd53c56a3bfdcd848a")).isTrue();
		assertThat(XapiFormats.isSha2Hex("a".repeat(128))).isTrue();
		assertThat(XapiFormats.isSha2Hex("a".repeat(40))).isFalse();
		assertThat(XapiFormats.isSha2Hex("z".repeat(64))).isFalse();
	}

	@Test
	void checksMediaTypes() {
		assertThat(XapiFormats.isMediaType("application/json")).isTrue();
		assertThat(XapiFormats.isMediaType("text/plain; charset=ascii")).isTrue();
		assertThat(XapiFormats.isMediaType("application/vnd.ms-excel")).isTrue();
		assertThat(XapiFormats.isMediaType("pdf")).isFalse();
		assertThat(XapiFormats.isMediaType("text/")).isFalse();
		assertThat(XapiFormats.isMediaType("")).isFalse();
	}

	@Test
	void checksStatementVersionsPerXapiVersion() {
		assertThat(XapiFormats.isStatementVersion("1.0.0", XapiVersion.V1_0_3)).isTrue();
		assertThat(XapiFormats.isStatementVersion("1.0", XapiVersion.V1_0_3)).isTrue();
		assertThat(XapiFormats.isStatementVersion("2.0.0", XapiVersion.V1_0_3)).isFalse();
		assertThat(XapiFormats.isStatementVersion("2.0.0", XapiVersion.V2_0_0)).isTrue();
		assertThat(XapiFormats.isStatementVersion("1.0.9", XapiVersion.V2_0_0)).isTrue();
		assertThat(XapiFormats.isStatementVersion("1.1.0", XapiVersion.V2_0_0)).isFalse();
		assertThat(XapiFormats.isStatementVersion("1.0.x", XapiVersion.V1_0_3)).isFalse();
	}

	@Test
	void parsesParametersOrNamesThemInA400() {
		assertThat(XapiFormats.parseUuidParameter("7CCD3322-E1A5-411A-A67D-6A735C76F119", "registration"))
			.isEqualTo("7ccd3322-e1a5-411a-a67d-6a735c76f119");
		assertThat(XapiFormats.parseTimestampParameter("2024-05-01T12:00:00+02:00", "since"))
			.isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
		assertThat(XapiFormats.parseIriParameter("http://example.com/a", "activity")).isEqualTo("http://example.com/a");

		assertThatThrownBy(() -> XapiFormats.parseUuidParameter("x", "registration"))
			.isInstanceOfSatisfying(XapiException.class, (ex) -> assertThat(ex.status()).isEqualTo(400))
			.hasMessageStartingWith("registration: ");
		assertThatThrownBy(() -> XapiFormats.parseTimestampParameter("yesterday", "since"))
			.hasMessageStartingWith("since: ");
		assertThatThrownBy(() -> XapiFormats.parseIriParameter("", "verb")).hasMessageStartingWith("verb: ");
		assertThatThrownBy(() -> XapiFormats.parseUuidParameter(null, "statementId"))
			.hasMessageStartingWith("statementId: ");
	}

}
