/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.cairnlrs.support.LrsTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * {@link Transactions} on each database: real deadlocks between two transactions are
 * recognised and the losing transaction runs again, other failures are not retried.
 */
@LrsTest
class TransactionsTests {

	@Autowired
	Transactions transactions;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactionManager;

	@Autowired
	DatabaseProperties properties;

	private String table;

	private ExecutorService executor;

	@BeforeEach
	void createTable() {
		this.table = "retry_probe_" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		this.jdbc.sql("CREATE TABLE " + this.table + " (id INT NOT NULL PRIMARY KEY, n INT NOT NULL)").update();
		this.jdbc.sql("INSERT INTO " + this.table + " (id, n) VALUES (1, 0), (2, 0)").update();
		this.executor = Executors.newFixedThreadPool(2);
	}

	@AfterEach
	void dropTable() {
		this.executor.shutdownNow();
		this.jdbc.sql("DROP TABLE " + this.table).update();
	}

	@Test
	void crossedUpdates_withoutRetry_loseOneTransactionToATransientDeadlock() throws Exception {
		assumeServer();
		TransactionTemplate plain = new TransactionTemplate(this.transactionManager);

		List<Throwable> failures = crossedUpdates(plain::execute, new AtomicInteger());

		assertThat(failures).hasSize(1);
		assertThat(TransientErrors.isTransient(failures.get(0), this.properties.vendor())).isTrue();
		assertThat(counts()).containsExactly(1, 1);
	}

	@Test
	void crossedUpdates_inWrite_bothCommitAfterARetry() throws Exception {
		assumeServer();
		AtomicInteger runs = new AtomicInteger();

		List<Throwable> failures = crossedUpdates(this.transactions::write, runs);

		assertThat(failures).isEmpty();
		assertThat(runs).hasValueGreaterThan(2);
		assertThat(counts()).containsExactly(2, 2);
	}

	@Test
	void lockWaitTimeout_onMariadb_isRetried() throws Exception {
		assumeThat(this.properties.vendor()).isIn(DatabaseVendor.MARIADB, DatabaseVendor.MYSQL);
		CountDownLatch locked = new CountDownLatch(1);
		CountDownLatch release = new CountDownLatch(1);
		TransactionTemplate plain = new TransactionTemplate(this.transactionManager);
		Future<?> holder = this.executor.submit(() -> plain.executeWithoutResult((status) -> {
			increment(1);
			locked.countDown();
			await(release);
		}));
		locked.await(10, TimeUnit.SECONDS);
		AtomicInteger runs = new AtomicInteger();

		this.transactions.writeWithoutResult((status) -> {
			this.jdbc.sql("SET SESSION innodb_lock_wait_timeout = 1").update();
			if (runs.incrementAndGet() > 1) {
				release.countDown();
			}
			increment(1);
		});
		holder.get(10, TimeUnit.SECONDS);

		assertThat(runs).hasValueGreaterThan(1);
		assertThat(counts()).containsExactly(2, 0);
	}

	@Test
	void write_failingForAnotherReason_runsOnceAndKeepsNothing() {
		AtomicInteger runs = new AtomicInteger();

		assertThatIllegalStateException().isThrownBy(() -> this.transactions.writeWithoutResult((status) -> {
			runs.incrementAndGet();
			increment(1);
			throw new IllegalStateException("not a conflict");
		}));

		assertThat(runs).hasValue(1);
		assertThat(counts()).containsExactly(0, 0);
	}

	@Test
	void write_duplicateKey_isNotRetried() {
		AtomicInteger runs = new AtomicInteger();

		try {
			this.transactions.writeWithoutResult((status) -> {
				runs.incrementAndGet();
				this.jdbc.sql("INSERT INTO " + this.table + " (id, n) VALUES (1, 5)").update();
			});
		}
		catch (DuplicateKeyException expected) {
			// the caller decides what a duplicate means
		}

		assertThat(runs).hasValue(1);
	}

	@Test
	void writeRetryingDuplicateKeys_rerunsWhenAnInsertRacedTheCheck() {
		AtomicInteger runs = new AtomicInteger();

		// The first run behaves as if a concurrent writer inserted the row between its
		// check and its insert:
		// it skips the check. On PostgreSQL the unique violation aborts that transaction;
		// the rerun is new.
		String outcome = this.transactions.writeRetryingDuplicateKeys((status) -> {
			boolean checked = runs.incrementAndGet() > 1;
			if (checked && exists(2)) {
				return "existing";
			}
			this.jdbc.sql("INSERT INTO " + this.table + " (id, n) VALUES (2, 7)").update();
			return "inserted";
		});

		assertThat(outcome).isEqualTo("existing");
		assertThat(runs).hasValue(2);
		assertThat(counts()).containsExactly(0, 0);
	}

	@Test
	void write_insideAnOuterTransaction_joinsIt() {
		TransactionTemplate outer = new TransactionTemplate(this.transactionManager);

		assertThatIllegalStateException().isThrownBy(() -> outer.executeWithoutResult((status) -> {
			this.transactions.writeWithoutResult((inner) -> increment(2));
			throw new IllegalStateException("the outer transaction fails after the inner work");
		}));

		assertThat(counts()).containsExactly(0, 0);
	}

	/**
	 * Two transactions that update rows 1 and 2 in opposite orders, each holding its
	 * first row until the other has its first row too: a deadlock on every database with
	 * row locks. Only the first run of each waits for the other.
	 */
	private List<Throwable> crossedUpdates(Function<TransactionCallback<Object>, Object> runner, AtomicInteger runs)
			throws Exception {
		CyclicBarrier bothHoldARow = new CyclicBarrier(2);
		List<Future<Object>> futures = new ArrayList<>();
		for (int[] order : new int[][] { { 1, 2 }, { 2, 1 } }) {
			AtomicBoolean first = new AtomicBoolean(true);
			futures.add(this.executor.submit(() -> runner.apply((status) -> {
				runs.incrementAndGet();
				increment(order[0]);
				if (first.getAndSet(false)) {
					await(bothHoldARow);
				}
				increment(order[1]);
				return null;
			})));
		}
		List<Throwable> failures = new ArrayList<>();
		for (Future<Object> future : futures) {
			try {
				future.get(60, TimeUnit.SECONDS);
			}
			catch (ExecutionException ex) {
				failures.add(ex.getCause());
			}
		}
		return failures;
	}

	private void increment(int id) {
		this.jdbc.sql("UPDATE " + this.table + " SET n = n + 1 WHERE id = ?").param(id).update();
	}

	private boolean exists(int id) {
		return this.jdbc.sql("SELECT COUNT(*) FROM " + this.table + " WHERE id = ? AND n = 0")
			.param(id)
			.query(Integer.class)
			.single() > 0;
	}

	private List<Integer> counts() {
		return this.jdbc.sql("SELECT n FROM " + this.table + " ORDER BY id").query(Integer.class).list();
	}

	private void assumeServer() {
		assumeThat(this.properties.vendor().isServer())
			.as("SQLite runs one write transaction at a time, so that they cannot deadlock")
			.isTrue();
	}

	private static void await(CyclicBarrier barrier) {
		try {
			barrier.await(20, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new IllegalStateException("The other transaction did not take its first row", ex);
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(20, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
