/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * The Statement writes of this process that have begun but not yet committed, for
 * {@code X-Experience-API-Consistent-Through} (Communication 2.1.3): every Statement
 * stored before that time must already be readable. A write registers before it takes its
 * {@code stored} time, so the time it registers at is never later than the {@code stored}
 * it commits with.
 * <p>
 * Limitation: writes of other nodes sharing the database are not seen here because they
 * live in other processes; with several nodes the header can run ahead of a write still
 * in progress on another node by at most that write's duration.
 */
@Component
class WritesInFlight {

	private final ConcurrentHashMap<Object, Long> writes = new ConcurrentHashMap<>();

	/**
	 * Registers a write that is about to take its {@code stored} time.
	 * @return the token to pass to {@link #end(Object)} once the write commits or rolls
	 * back
	 */
	Object begin() {
		Object token = new Object();
		this.writes.put(token, System.currentTimeMillis());
		return token;
	}

	void end(Object token) {
		this.writes.remove(token);
	}

	/**
	 * The time before which every Statement is readable: now, or just before the oldest
	 * write still in progress.
	 * @return the consistent-through time
	 */
	Instant consistentThrough() {
		long now = System.currentTimeMillis();
		long oldest = this.writes.values().stream().mapToLong(Long::longValue).min().orElse(now);
		return Instant.ofEpochMilli(Math.min(now, oldest));
	}

}
