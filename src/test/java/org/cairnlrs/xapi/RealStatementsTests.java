/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Runs every statement of the shared corpus of real tool output
 * ({@code shared/data/statements/*.jsonl}) through the validator. Lines that the corpus
 * notes list as "possibly invalid" are expected to be rejected only where the
 * specification really makes them invalid; each expectation below gives the rule. All
 * other lines must be accepted.
 */
class RealStatementsTests {

	private static final String OPEN_EDX = "openedx-event-routing-backends.jsonl";

	/**
	 * The lines expected to be rejected, with the path the error must name and the rule.
	 * A line may appear under several rules; the error then names one of them.
	 */
	private static final List<Rejection> REJECTIONS = List.of(
			// Data 4.1 "The keys of an extensions map MUST be IRIs" (also 2.0 LRS 4.2.7):
			// "eventVersion" and "minorVersion" have no scheme.
			new Rejection(OPEN_EDX, "context.extensions", range(39, 72)),
			new Rejection(OPEN_EDX, "context.extensions", range(22, 38)),
			// Data 4.1 again, for the Activity definition's "code" extension key.
			new Rejection(OPEN_EDX, "object.definition.extensions",
					lines(8, 9, 10, 14, 16, 30, 31, 32, 36, 38, 47, 48, 49, 53, 55, 64, 65, 66, 70, 72, 81, 82, 83, 87,
							89)),
			// Data 2.4.6.2: contextActivities values are Activities, whose objectType is
			// "Activity" when present (Data 2.4.4.1); "GroupActivity" is not a valid
			// value.
			new Rejection(OPEN_EDX, "context.contextActivities.parent[",
					lines(281, 282, 283, 293, 294, 295, 296, 297, 305)),
			// Data 2.4.4.1: an Activity id is an IRI, and Data 2.2 rejects IRIs without a
			// scheme; a bare UUID has none.
			new Rejection(OPEN_EDX, "context.contextActivities.grouping[", lines(240, 241, 242, 264, 265, 266)),
			// Data 2.4.4.1: an Activity "id" is required.
			new Rejection(OPEN_EDX, "context.contextActivities.parent[", lines(20, 26, 43, 60, 77)),
			// Data 2.4.1 and 4.4: a UUID MUST be in the standard 8-4-4-4-12 string form;
			// 32 hex digits without hyphens are not.
			new Rejection(OPEN_EDX, "id", lines(194, 195, 207, 217)),
			// Data 2.4.4: objectType is Activity, Agent, Group, StatementRef or
			// SubStatement,
			// matched exactly (Data 2.2); "GroupActivity" is none of them.
			new Rejection(OPEN_EDX, "object.objectType", lines(280, 292)));

	@TestFactory
	Stream<DynamicTest> everyStatementOfTheCorpusGetsTheExpectedOutcome() throws IOException {
		Optional<Path> folder = findCorpus(Path.of("").toAbsolutePath());
		if (folder.isEmpty()) {
			if ("true".equals(System.getenv("CI"))) {
				fail("shared/data/statements was not found next to the repository (searched upwards from "
						+ Path.of("").toAbsolutePath() + ")");
			}
			Assumptions.abort("shared/data/statements is not available here");
		}

		List<Path> files;
		try (Stream<Path> listing = Files.list(folder.get())) {
			files = listing.filter((file) -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
		assertThat(files).isNotEmpty();
		return files.stream().map((file) -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
	}

	private static void check(Path file) throws IOException {
		String name = file.getFileName().toString();
		List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
		List<String> mismatches = new ArrayList<>();
		int valid = 0;
		int invalid = 0;
		for (int i = 0; i < lines.size(); i++) {
			int lineNumber = i + 1;
			List<String> expectedPaths = expectedPaths(name, lineNumber);
			Optional<String> error = validate(lines.get(i));
			if (error.isEmpty()) {
				valid++;
			}
			else {
				invalid++;
			}
			String mismatch = mismatch(lineNumber, expectedPaths, error);
			if (mismatch != null) {
				mismatches.add(mismatch);
			}
		}

		System.out.printf("%s: %d statements, %d valid, %d invalid%n", name, lines.size(), valid, invalid);
		assertThat(mismatches).as(name).isEmpty();
		assertThat(invalid).as(name + " rejected lines")
			.isEqualTo((int) IntStream.rangeClosed(1, lines.size())
				.filter((line) -> !expectedPaths(name, line).isEmpty())
				.count());
	}

	private static String mismatch(int line, List<String> expectedPaths, Optional<String> error) {
		if (expectedPaths.isEmpty()) {
			return error.map((message) -> "line " + line + " should be valid but got: " + message).orElse(null);
		}
		if (error.isEmpty()) {
			return "line " + line + " should be rejected at " + expectedPaths + " but was accepted";
		}
		boolean named = expectedPaths.stream().anyMatch((path) -> error.get().startsWith(path));
		return named ? null : "line " + line + " should be rejected at " + expectedPaths + " but got: " + error.get();
	}

	private static Optional<String> validate(String line) {
		try {
			JsonNode statement = TestJson.MAPPER.readTree(line);
			StatementValidator.validate(statement, XapiVersion.V1_0_3);
			return Optional.empty();
		}
		catch (XapiException ex) {
			return Optional.of(ex.getMessage());
		}
		catch (JacksonException ex) {
			return Optional.of("(not valid JSON)");
		}
	}

	private static List<String> expectedPaths(String file, int line) {
		return REJECTIONS.stream()
			.filter((rejection) -> rejection.file().equals(file) && rejection.lines().contains(line))
			.map(Rejection::path)
			.toList();
	}

	/**
	 * Walks up from the working directory to the folder that holds the repository and
	 * {@code shared/} side by side.
	 */
	static Optional<Path> findCorpus(Path start) {
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("statements");
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	@Test
	void findsTheCorpusBesideTheRepository(@TempDir Path workspace) throws IOException {
		Path repository = Files.createDirectories(workspace.resolve("checkout").resolve("src").resolve("test"));
		Path corpus = Files.createDirectories(workspace.resolve("shared").resolve("data").resolve("statements"));

		assertThat(findCorpus(repository)).contains(corpus);
		assertThat(findCorpus(workspace.resolve("shared").getParent().getRoot())).isEmpty();
	}

	private static List<Integer> range(int first, int last) {
		return IntStream.rangeClosed(first, last).boxed().toList();
	}

	private static List<Integer> lines(Integer... lines) {
		return List.of(lines);
	}

	private record Rejection(String file, String path, List<Integer> lines) {
	}

}
