/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The shared corpus of real Statements ({@code shared/data/statements/*.jsonl}) with the
 * lines its notes ({@code SOURCES.md}) list as possibly invalid, and a plain model of
 * what the GET /statements filters match (Communication 2.1.3), written independently of
 * the LRS's own indexing so that the two can be compared.
 */
final class StatementCorpus {

	static final JsonMapper JSON = JsonMapper.builder()
		.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
		.enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
		.build();

	private static final Pattern SECTION = Pattern.compile("^## `?([\\w.-]+\\.jsonl)`?\\s*$");

	private static final Pattern FLAGGED = Pattern
		.compile("^\\s*- lines? ([\\d ,-]+): possibly invalid: .* \\(at `([^`]+)`\\)\\s*$");

	private StatementCorpus() {
	}

	/**
	 * One line of the corpus.
	 *
	 * @param file the file name
	 * @param number the line number, from 1
	 * @param statement the parsed Statement
	 * @param flaggedPaths the JSON paths SOURCES.md names for this line (as the LRS names
	 * them in errors, {@code []} for any index, e.g.
	 * {@code context.contextActivities.parent[]}); empty when the line is not listed
	 */
	record Line(String file, int number, JsonNode statement, List<String> flaggedPaths) {

		String id() {
			JsonNode id = this.statement.get("id");
			return (id != null && id.isString()) ? id.stringValue().toLowerCase(Locale.ROOT) : null;
		}

		@Override
		public String toString() {
			return this.file + ":" + this.number;
		}

	}

	/**
	 * Walks up from the working directory to the folder holding {@code shared/} (beside
	 * the repository in CI).
	 */
	static Optional<Path> find(Path start) {
		for (Path dir = start; dir != null; dir = dir.getParent()) {
			Path candidate = dir.resolve("shared").resolve("data").resolve("statements");
			if (Files.isDirectory(candidate)) {
				return Optional.of(candidate);
			}
		}
		return Optional.empty();
	}

	static List<Line> read(Path folder) throws IOException {
		Map<String, Map<Integer, List<String>>> flagged = flaggedLines(folder.resolve("SOURCES.md"));
		List<Path> files;
		try (Stream<Path> listing = Files.list(folder)) {
			files = listing.filter((file) -> file.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}

		List<Line> lines = new ArrayList<>();
		for (Path file : files) {
			String name = file.getFileName().toString();
			List<String> texts = Files.readAllLines(file, StandardCharsets.UTF_8);
			for (int i = 0; i < texts.size(); i++) {
				List<String> paths = flagged.getOrDefault(name, Map.of()).getOrDefault(i + 1, List.of());
				lines.add(new Line(name, i + 1, JSON.readTree(texts.get(i)), paths));
			}
		}
		return lines;
	}

	/**
	 * The "possibly invalid" lists of SOURCES.md: per file, per line, the JSON paths
	 * named.
	 */
	static Map<String, Map<Integer, List<String>>> flaggedLines(Path sources) throws IOException {
		Map<String, Map<Integer, List<String>>> flagged = new HashMap<>();
		String file = null;
		for (String text : Files.readAllLines(sources, StandardCharsets.UTF_8)) {
			Matcher section = SECTION.matcher(text);
			if (section.matches()) {
				file = section.group(1);
				continue;
			}
			Matcher line = FLAGGED.matcher(text);
			if (file != null && line.matches()) {
				String path = errorPath(line.group(2));
				Map<Integer, List<String>> byLine = flagged.computeIfAbsent(file, (f) -> new HashMap<>());
				for (int number : numbers(line.group(1))) {
					byLine.computeIfAbsent(number, (n) -> new ArrayList<>()).add(path);
				}
			}
		}
		return flagged;
	}

	/**
	 * {@code /context/contextActivities/grouping[]/id} becomes
	 * {@code context.contextActivities.grouping[].id}.
	 */
	static String errorPath(String pointer) {
		return pointer.substring(1).replace('/', '.').replace(".[]", "[]");
	}

	/**
	 * Whether an error message names this path first; {@code []} in the path stands for
	 * any array index.
	 */
	static boolean names(String message, String path) {
		String[] parts = path.split("\\[\\]", -1);
		StringBuilder regex = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			if (i > 0) {
				regex.append("\\[\\d+\\]");
			}
			regex.append(Pattern.quote(parts[i]));
		}
		return Pattern.compile(regex.toString()).matcher(message).lookingAt();
	}

	private static List<Integer> numbers(String ranges) {
		List<Integer> numbers = new ArrayList<>();
		for (String part : ranges.split(",")) {
			String[] bounds = part.trim().split("-");
			int first = Integer.parseInt(bounds[0].trim());
			int last = (bounds.length > 1) ? Integer.parseInt(bounds[1].trim()) : first;
			for (int n = first; n <= last; n++) {
				numbers.add(n);
			}
		}
		return numbers;
	}

	// The filter model (Communication 2.1.3).

	/**
	 * The Agents and Identified Groups the {@code agent} filter matches without
	 * {@code related_agents} (actor and an Agent or Group object, and their members), by
	 * key, each with the {@code agent} parameter that names it.
	 */
	static Map<String, JsonNode> agents(JsonNode statement) {
		Map<String, JsonNode> agents = new LinkedHashMap<>();
		addActor(statement.get("actor"), agents);
		JsonNode object = statement.path("object");
		String type = object.path("objectType").asString("Activity");
		if (type.equals("Agent") || type.equals("Group")) {
			addActor(object, agents);
		}
		return agents;
	}

	static String activityId(JsonNode statement) {
		JsonNode object = statement.path("object");
		return object.path("objectType").asString("Activity").equals("Activity") ? object.path("id").asString(null)
				: null;
	}

	static String verbId(JsonNode statement) {
		return statement.path("verb").path("id").asString(null);
	}

	static String registration(JsonNode statement) {
		String registration = statement.path("context").path("registration").asString(null);
		return (registration != null) ? registration.toLowerCase(Locale.ROOT) : null;
	}

	private static void addActor(JsonNode actor, Map<String, JsonNode> agents) {
		if (actor == null || !actor.isObject()) {
			return;
		}
		ifiKey(actor).ifPresent((key) -> agents.putIfAbsent(key, agentParameter(actor)));
		for (JsonNode member : actor.path("member")) {
			ifiKey(member).ifPresent((key) -> agents.putIfAbsent(key, agentParameter(member)));
		}
	}

	/**
	 * A key that is equal for equal IFIs: kind and value, the mbox domain in lower case.
	 */
	static Optional<String> ifiKey(JsonNode actor) {
		if (actor.has("mbox")) {
			String mbox = actor.get("mbox").stringValue();
			int at = mbox.lastIndexOf('@');
			return Optional.of("mbox " + mbox.substring(0, at) + mbox.substring(at).toLowerCase(Locale.ROOT));
		}
		if (actor.has("mbox_sha1sum")) {
			return Optional.of("sha1 " + actor.get("mbox_sha1sum").stringValue().toLowerCase(Locale.ROOT));
		}
		if (actor.has("openid")) {
			return Optional.of("openid " + actor.get("openid").stringValue());
		}
		if (actor.has("account")) {
			JsonNode account = actor.get("account");
			return Optional
				.of("account " + account.path("homePage").stringValue() + " " + account.path("name").stringValue());
		}
		return Optional.empty();
	}

	/** The {@code agent} parameter for an actor: its IFI alone. */
	static JsonNode agentParameter(JsonNode actor) {
		ObjectNode agent = JSON.createObjectNode();
		if (actor.path("objectType").asString("Agent").equals("Group")) {
			agent.put("objectType", "Group");
		}
		for (String ifi : List.of("mbox", "mbox_sha1sum", "openid", "account")) {
			if (actor.has(ifi)) {
				agent.set(ifi, actor.get(ifi));
			}
		}
		return agent;
	}

}
