/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs write transactions, and runs them again when the database reports a transient
 * conflict with a concurrent transaction (a deadlock or serialization failure, see
 * {@link TransientErrors}): with several nodes on one database, and on MariaDB's row
 * locks even with one, such conflicts are part of normal operation and must not reach a
 * client as a server error.
 * <p>
 * Use it in place of {@code @Transactional} for writes: <pre class="code">
 * return this.transactions.write((status) -&gt; {
 *     ... read, check and write with JdbcClient ...
 *     return result;
 * });
 * </pre> The work may run more than once, so it must not have effects outside the
 * database (no HTTP calls, no changes to shared objects) before it returns; it is retried
 * as a whole, from a fresh transaction that sees what the winner committed.
 * <p>
 * Work that checks whether a key exists and inserts it when not can race a concurrent
 * writer between the check and the insert; the insert then fails with a unique violation,
 * which on PostgreSQL also aborts the transaction, so that no further query, not even the
 * re-check, can run in it. For such work use {@link #writeRetryingDuplicateKeys}: the
 * rerun's check sees the committed row and takes the path for an existing key.
 * <p>
 * When a transaction is already active, the work joins it and is not retried here: a
 * failed statement spoils the whole transaction, so only its outermost owner can run it
 * again.
 */
public class Transactions {

	private static final Logger logger = LoggerFactory.getLogger(Transactions.class);

	/** How often a transaction runs at most. */
	static final int MAX_ATTEMPTS = 6;

	/** The longest pause between two runs, in milliseconds. */
	static final int MAX_PAUSE_MILLIS = 400;

	private final TransactionTemplate template;

	private final DatabaseVendor vendor;

	public Transactions(PlatformTransactionManager transactionManager, DatabaseVendor vendor) {
		this.template = new TransactionTemplate(transactionManager);
		this.vendor = vendor;
	}

	/**
	 * Runs work in a write transaction, again on a transient conflict.
	 * @param <T> the type of the result
	 * @param work the reads and writes of the transaction
	 * @return the result of the successful run
	 */
	public <T> T write(TransactionCallback<T> work) {
		return run(work, false);
	}

	/**
	 * Runs work without a result in a write transaction, again on a transient conflict.
	 * @param work the reads and writes of the transaction
	 */
	public void writeWithoutResult(Consumer<TransactionStatus> work) {
		run((status) -> {
			work.accept(status);
			return null;
		}, false);
	}

	/**
	 * Runs work in a write transaction, again on a transient conflict and on a unique
	 * violation, for work that checks for an existing key before it inserts one.
	 * @param <T> the type of the result
	 * @param work the reads and writes of the transaction
	 * @return the result of the successful run
	 */
	public <T> T writeRetryingDuplicateKeys(TransactionCallback<T> work) {
		return run(work, true);
	}

	public DatabaseVendor vendor() {
		return this.vendor;
	}

	private <T> T run(TransactionCallback<T> work, boolean retryDuplicates) {
		if (TransactionSynchronizationManager.isActualTransactionActive()) {
			return this.template.execute(work);
		}

		for (int attempt = 1;; attempt++) {
			try {
				return this.template.execute(work);
			}
			catch (RuntimeException ex) {
				if (attempt >= MAX_ATTEMPTS || !isRetryable(ex, retryDuplicates)) {
					throw ex;
				}
				logger.debug("Transaction attempt {} lost to a concurrent one, running it again: {}", attempt,
						ex.getMessage());
				pause(attempt);
			}
		}
	}

	private boolean isRetryable(RuntimeException ex, boolean retryDuplicates) {
		return TransientErrors.isTransient(ex, this.vendor) || (retryDuplicates && ex instanceof DuplicateKeyException);
	}

	/**
	 * Waits a random time that grows with each attempt, so that the transactions that
	 * collided do not collide again at once.
	 */
	private static void pause(int attempt) {
		int bound = Math.min(MAX_PAUSE_MILLIS, 5 << attempt);
		try {
			Thread.sleep(ThreadLocalRandom.current().nextInt(1, bound + 1));
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while waiting to run a transaction again", ex);
		}
	}

}
