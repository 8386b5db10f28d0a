/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.cairnlrs.clients.ClientService;
import org.cairnlrs.clients.CreatedClient;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.cluster.LrsNode.Answer;
import org.cairnlrs.support.TestDatabase;
import org.cairnlrs.support.TestDatabaseCondition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several stateless nodes on one database: two complete LRS nodes on two ports of
 * 127.0.0.1 share one fresh database, and clients talk to them over real HTTP as a load
 * balancer would send them, to either node for any request. Nothing that must be shared
 * may live in one node's memory: clients, statements, {@code more} links, ETags.
 */
@Tag("cluster")
@ExtendWith(TestDatabaseCondition.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoNodesTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	static final String STATEMENTS = "/xapi/statements";

	static final String STATE = "/xapi/activities/state";

	static final String JSON_TYPE = "application/json";

	private TestDatabase database;

	private LrsNode a;

	private LrsNode b;

	private CreatedClient client;

	private ExecutorService executor;

	@BeforeAll
	void startTwoNodes() throws Exception {
		this.database = TestDatabase.create();
		Map<String, Object> settings = new LinkedHashMap<>(this.database.applicationProperties());
		settings.put("cairn.database.pool-size", 6);
		this.executor = Executors.newVirtualThreadPerTaskExecutor();

		// Both start at once, as after a deployment: only one of them may run the
		// migrations. Node B starts once node A's logging is set up, which is JVM-wide.
		CountDownLatch loggingReady = new CountDownLatch(1);
		Future<LrsNode> first = this.executor.submit(() -> LrsNode.start("node A", settings, loggingReady::countDown));
		loggingReady.await(3, TimeUnit.MINUTES);
		Future<LrsNode> second = this.executor.submit(() -> LrsNode.start("node B", settings));
		this.a = first.get(3, TimeUnit.MINUTES);
		this.b = second.get(3, TimeUnit.MINUTES);

		// A client made through node A authenticates on node B: clients live in the
		// database.
		this.client = this.a.bean(ClientService.class).create(null, null, EnumSet.of(Scope.ALL));
	}

	@AfterAll
	void stopNodes() {
		for (AutoCloseable closeable : new AutoCloseable[] { this.a, this.b }) {
			try {
				if (closeable != null) {
					closeable.close();
				}
			}
			catch (Exception ex) {
				System.err.println("Could not stop a node: " + ex);
			}
		}
		if (this.executor != null) {
			this.executor.shutdownNow();
		}
		if (this.database != null) {
			this.database.drop();
		}
	}

	@Test
	void sameStatementPostedToBothNodesAtOnce_isStoredOnceAndBothAreAnswered200() throws Exception {
		for (int round = 0; round < 10; round++) {
			String id = UUID.randomUUID().toString();
			String body = statement(id, "mailto:twice@cluster.example.org", "http://cluster.example.org/twice", null);

			List<Answer> answers = atOnce(() -> post(this.a, body), () -> post(this.b, body));

			// Spec: Communication 2.1.2: the same Statement again is no error.
			assertThat(answers).as("round %d", round).allSatisfy((answer) -> {
				assertThat(answer.status()).isEqualTo(200);
				assertThat(ids(answer.body())).containsExactly(id);
			});
			assertThat(storedCount(id)).isEqualTo(1);
		}
	}

	@Test
	void differentStatementsWithOneIdOnBothNodesAtOnce_oneIsStoredTheOtherIs409() throws Exception {
		for (int round = 0; round < 10; round++) {
			String id = UUID.randomUUID().toString();
			String onA = statement(id, "mailto:a@cluster.example.org", "http://cluster.example.org/one-id", null);
			String onB = statement(id, "mailto:b@cluster.example.org", "http://cluster.example.org/one-id", null);

			List<Answer> answers = atOnce(() -> post(this.a, onA), () -> post(this.b, onB));

			// Spec: Communication 2.1.2: a different Statement with a stored id is 409
			// Conflict.
			assertThat(answers).as("round %d", round).extracting(Answer::status).containsExactlyInAnyOrder(200, 409);
			Answer winner = answers.stream().filter((answer) -> answer.status() == 200).findFirst().orElseThrow();
			String winnerMbox = winner.node().equals(this.a.name()) ? "mailto:a@cluster.example.org"
					: "mailto:b@cluster.example.org";
			assertThat(storedCount(id)).isEqualTo(1);
			JsonNode stored = JSON.readTree(get(this.b, STATEMENTS + "?statementId=" + id).body());
			assertThat(stored.path("actor").path("mbox").stringValue()).isEqualTo(winnerMbox);
		}
	}

	@Test
	void samePutOnBothNodesAtOnce_isStoredOnceAndBothAreAnswered204() throws Exception {
		for (int round = 0; round < 10; round++) {
			String id = UUID.randomUUID().toString();
			String body = statement(id, "mailto:put@cluster.example.org", "http://cluster.example.org/put", null);
			String path = STATEMENTS + "?statementId=" + id;

			List<Answer> answers = atOnce(() -> send(this.a, "PUT", path, body), () -> send(this.b, "PUT", path, body));

			assertThat(answers).as("round %d", round).extracting(Answer::status).containsExactly(204, 204);
			assertThat(storedCount(id)).isEqualTo(1);
		}
	}

	@Test
	void moreLinkFromOneNode_leadsOnOnTheOther() throws Exception {
		String registration = UUID.randomUUID().toString();
		List<String> sent = new ArrayList<>();
		for (int i = 0; i < 25; i++) {
			String id = UUID.randomUUID().toString();
			sent.add(id);
			Answer answer = post((i % 2 == 0) ? this.a : this.b, statement(id, "mailto:pages@cluster.example.org",
					"http://cluster.example.org/pages", registration));
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
		}

		List<String> pages = new ArrayList<>();
		List<String> read = readAll(STATEMENTS + "?limit=10&registration=" + registration, pages);

		// Newest first: the reverse of the order they were stored in.
		List<String> newestFirst = new ArrayList<>(sent);
		Collections.reverse(newestFirst);
		assertThat(read).containsExactlyElementsOf(newestFirst);
		assertThat(pages).containsExactly("node A", "node B", "node A");
	}

	@Test
	void conditionalDocumentWritesOnBothNodesAtOnce_neverBothWin() throws Exception {
		String path = STATE + LrsNode.query(Map.of("activityId", "http://cluster.example.org/contested", "agent",
				"{\"mbox\":\"mailto:contested@cluster.example.org\"}", "stateId", "bookmark"));
		Answer created = send(this.a, "PUT", path, JSON_TYPE, "{\"round\":-1}", Map.of("If-None-Match", "*"));
		assertThat(created.status()).as(created.toString()).isEqualTo(204);

		for (int round = 0; round < 15; round++) {
			// Every round reads the ETag from the node that did not write last.
			Answer current = get((round % 2 == 0) ? this.b : this.a, path);
			assertThat(current.etag()).isNotBlank();
			Map<String, String> ifMatch = Map.of("If-Match", current.etag());
			String fromA = "{\"round\":" + round + ",\"node\":\"A\"}";
			String fromB = "{\"round\":" + round + ",\"node\":\"B\"}";

			List<Answer> answers = atOnce(() -> send(this.a, "PUT", path, JSON_TYPE, fromA, ifMatch),
					() -> send(this.b, "PUT", path, JSON_TYPE, fromB, ifMatch));

			// Spec: Communication 3.1: a write whose If-Match no longer holds is 412.
			assertThat(answers).as("round %d: %s", round, answers)
				.extracting(Answer::status)
				.containsExactlyInAnyOrder(204, 412);
			String expected = (answers.get(0).status() == 204) ? fromA : fromB;
			assertThat(get(this.a, path).body()).isEqualTo(expected);
			assertThat(get(this.b, path).body()).isEqualTo(expected);
		}
	}

	@Test
	void eightClientsWritingToBothNodesAtOnce_loseNothing() throws Exception {
		int clients = 8;
		int batches = 12;
		int batchSize = 10;
		String registration = UUID.randomUUID().toString();
		String documentPath = STATE + LrsNode.query(Map.of("activityId", "http://cluster.example.org/shared", "agent",
				"{\"mbox\":\"mailto:shared@cluster.example.org\"}", "stateId", "progress"));
		Set<String> sent = Collections.synchronizedSet(new HashSet<>());
		Set<String> mergedKeys = Collections.synchronizedSet(new HashSet<>());
		List<Answer> failures = Collections.synchronizedList(new ArrayList<>());
		CountDownLatch start = new CountDownLatch(1);

		List<Future<?>> writers = new ArrayList<>();
		for (int c = 0; c < clients; c++) {
			int writer = c;
			writers.add(this.executor.submit(() -> {
				start.await();
				for (int batch = 0; batch < batches; batch++) {
					LrsNode node = ((writer + batch) % 2 == 0) ? this.a : this.b;
					List<String> ids = new ArrayList<>();
					StringBuilder body = new StringBuilder("[");
					for (int i = 0; i < batchSize; i++) {
						String id = UUID.randomUUID().toString();
						ids.add(id);
						body.append((i > 0) ? "," : "")
							.append(statement(id, "mailto:writer" + writer + "@cluster.example.org",
									"http://cluster.example.org/load/" + (batch % 3), registration));
					}
					Answer posted = post(node, body.append("]").toString());
					if (posted.status() == 200) {
						sent.addAll(ids);
					}
					else {
						failures.add(posted);
					}
					String key = "w" + writer + "b" + batch;
					if (mergeUntilAccepted(node, documentPath, "{\"" + key + "\":" + batch + "}", failures)) {
						mergedKeys.add(key);
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> writer : writers) {
			writer.get(5, TimeUnit.MINUTES);
		}

		assertThat(failures).isEmpty();
		assertThat(sent).hasSize(clients * batches * batchSize);
		assertThat(new HashSet<>(readAll(STATEMENTS + "?limit=100&registration=" + registration, new ArrayList<>())))
			.isEqualTo(sent);
		assertThat(storedOrderAgrees()).isTrue();
		JsonNode document = JSON.readTree(get(this.b, documentPath).body());
		assertThat(document.propertyNames()).containsExactlyInAnyOrderElementsOf(mergedKeys);
		assertThat(mergedKeys).hasSize(clients * batches);
	}

	/**
	 * POSTs a JSON object to merge into a document; a 409 (the document kept changing
	 * under the merge) is a request to send again.
	 */
	private boolean mergeUntilAccepted(LrsNode node, String path, String body, List<Answer> failures) {
		for (int attempt = 0; attempt < 20; attempt++) {
			Answer answer = send(node, "POST", path, JSON_TYPE, body, Map.of());
			if (answer.status() == 204) {
				return true;
			}
			if (answer.status() != 409) {
				failures.add(answer);
				return false;
			}
		}
		failures.add(new Answer(node.name(), 409, "gave up merging " + body, null));
		return false;
	}

	/**
	 * Follows {@code more} links from the first page to the last, alternating nodes.
	 * @param pages receives the node that answered each page
	 * @return the statement ids in the order read
	 */
	private List<String> readAll(String firstPage, List<String> pages) throws Exception {
		List<String> ids = new ArrayList<>();
		String next = firstPage;
		for (int page = 0; next != null && !next.isEmpty(); page++) {
			LrsNode node = (page % 2 == 0) ? this.a : this.b;
			Answer answer = get(node, next);
			assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
			JsonNode result = JSON.readTree(answer.body());
			result.path("statements").forEach((statement) -> ids.add(statement.path("id").stringValue()));
			pages.add(node.name());
			next = result.path("more").stringValue();
		}
		return ids;
	}

	/** Stored times never go backwards in stored order, whichever node stored them. */
	private boolean storedOrderAgrees() {
		List<Long> stored = this.a.bean(JdbcClient.class)
			.sql("SELECT stored FROM statement ORDER BY seq")
			.query(Long.class)
			.list();
		for (int i = 1; i < stored.size(); i++) {
			if (stored.get(i) < stored.get(i - 1)) {
				return false;
			}
		}
		return !stored.isEmpty();
	}

	private long storedCount(String id) {
		return this.b.bean(JdbcClient.class)
			.sql("SELECT COUNT(*) FROM statement WHERE id = ?")
			.param(id)
			.query(Long.class)
			.single();
	}

	private List<Answer> atOnce(Callable<Answer> first, Callable<Answer> second) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		Future<Answer> one = this.executor.submit(() -> {
			start.await();
			return first.call();
		});
		Future<Answer> two = this.executor.submit(() -> {
			start.await();
			return second.call();
		});
		start.countDown();
		return List.of(one.get(1, TimeUnit.MINUTES), two.get(1, TimeUnit.MINUTES));
	}

	private Answer post(LrsNode node, String body) {
		return send(node, "POST", STATEMENTS, body);
	}

	private Answer send(LrsNode node, String method, String path, String body) {
		return send(node, method, path, JSON_TYPE, body, Map.of());
	}

	private Answer send(LrsNode node, String method, String path, String contentType, String body,
			Map<String, String> headers) {
		return node.send(this.client, method, path, contentType, body, headers);
	}

	private Answer get(LrsNode node, String path) {
		return node.send(this.client, "GET", path, null, null, Map.of());
	}

	private static List<String> ids(String body) {
		List<String> ids = new ArrayList<>();
		JSON.readTree(body).forEach((id) -> ids.add(id.stringValue()));
		return ids;
	}

	private static String statement(String id, String mbox, String activity, String registration) {
		String context = (registration != null) ? ",\"context\":{\"registration\":\"" + registration + "\"}" : "";
		return "{\"id\":\"" + id + "\",\"actor\":{\"objectType\":\"Agent\",\"mbox\":\"" + mbox + "\"},"
				+ "\"verb\":{\"id\":\"http://adlnet.gov/expapi/verbs/experienced\",\"display\":{\"en-US\":\"experienced\"}},"
				+ "\"object\":{\"objectType\":\"Activity\",\"id\":\"" + activity + "\"}" + context + "}";
	}

}
