/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.XapiException;
import org.cairnlrs.database.DatabaseVendor;
import org.cairnlrs.database.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.SimpleTransactionStatus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyList;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.atLeast;
import static org.mockito.Mockito.doNothing;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

/**
 * A concurrent write of the same id, seen as a unique violation at insert, is answered as
 * a stored duplicate, never as a server error.
 */
class StatementWriterTests {

	private final StatementRecorder recorder = mock(StatementRecorder.class);

	private final PlatformTransactionManager transactionManager = mock(PlatformTransactionManager.class);

	private final StatementWriter writer = new StatementWriter(this.recorder,
			new Transactions(this.transactionManager, DatabaseVendor.POSTGRESQL));

	private final Client client = new Client(7, "tool", EnumSet.of(Scope.STATEMENTS_WRITE, Scope.DEFINE),
			TestStatements.agent("mailto:tool@example.com"), Instant.now());

	@BeforeEach
	void transactions() {
		given(this.transactionManager.getTransaction(any())).willAnswer((invocation) -> new SimpleTransactionStatus());
	}

	@Test
	@DisplayName("A unique violation makes the write run again, which then sees the other Statement")
	void store_duplicateKeyOnce_runsAgain() {
		doThrow(new DuplicateKeyException("id taken")).doNothing()
			.when(this.recorder)
			.record(anyList(), anyList(), anyLong(), anyBoolean());

		this.writer.store(List.of(), List.of(), this.client);

		verify(this.recorder, times(2)).record(List.of(), List.of(), 7, true);
	}

	@Test
	@DisplayName("Unique violations on every run are a 409, not a 500")
	void store_duplicateKeyEveryTime_returns409() {
		doThrow(new DuplicateKeyException("id taken")).when(this.recorder)
			.record(anyList(), anyList(), anyLong(), anyBoolean());

		assertThatExceptionOfType(XapiException.class)
			.isThrownBy(() -> this.writer.store(List.of(), List.of(), this.client))
			.satisfies((ex) -> assertThat(ex.status()).isEqualTo(409));
		verify(this.recorder, atLeast(2)).record(List.of(), List.of(), 7, true);
	}

	@Test
	void store_withoutDefineScope_passesMayDefineFalse() {
		doNothing().when(this.recorder).record(anyList(), anyList(), anyLong(), anyBoolean());
		Client plain = new Client(8, "plain", EnumSet.of(Scope.STATEMENTS_WRITE),
				TestStatements.agent("mailto:plain@example.com"), Instant.now());

		this.writer.store(List.of(), List.of(), plain);

		verify(this.recorder).record(List.of(), List.of(), 8, false);
	}

}
