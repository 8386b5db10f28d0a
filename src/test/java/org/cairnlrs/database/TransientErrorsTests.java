/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.sql.BatchUpdateException;
import java.sql.SQLException;
import java.sql.SQLIntegrityConstraintViolationException;

import org.junit.jupiter.api.Test;

import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.transaction.TransactionSystemException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Which database errors a transaction is run again for.
 */
class TransientErrorsTests {

	@Test
	void postgresqlDeadlockAndSerializationFailure_areTransient() {
		assertThat(
				TransientErrors.isTransient(wrapped(new SQLException("deadlock", "40P01")), DatabaseVendor.POSTGRESQL))
			.isTrue();
		assertThat(TransientErrors.isTransient(wrapped(new SQLException("could not serialize", "40001")),
				DatabaseVendor.POSTGRESQL))
			.isTrue();
	}

	@Test
	void mariadbDeadlockAndLockWaitTimeout_areTransient() {
		assertThat(TransientErrors.isTransient(wrapped(new SQLException("Deadlock found", "40001", 1213)),
				DatabaseVendor.MARIADB))
			.isTrue();
		assertThat(TransientErrors.isTransient(wrapped(new SQLException("Lock wait timeout", "HY000", 1205)),
				DatabaseVendor.MYSQL))
			.isTrue();
	}

	@Test
	void vendorCodes_countOnlyForTheirVendor() {
		assertThat(
				TransientErrors.isTransient(wrapped(new SQLException("other", "HY000", 1205)), DatabaseVendor.SQLITE))
			.isFalse();
	}

	@Test
	void commitFailure_isTransientThroughItsCause() {
		TransactionSystemException commit = new TransactionSystemException("Could not commit",
				new SQLException("could not serialize", "40001"));

		assertThat(TransientErrors.isTransient(commit, DatabaseVendor.POSTGRESQL)).isTrue();
	}

	@Test
	void batchFailure_isTransientThroughItsNextException() {
		BatchUpdateException batch = new BatchUpdateException("Batch entry 3 failed", "XX000", new int[0]);
		batch.setNextException(new SQLException("deadlock", "40P01"));

		assertThat(TransientErrors.isTransient(batch, DatabaseVendor.POSTGRESQL)).isTrue();
	}

	@Test
	void constraintViolationsAndOtherErrors_areNotTransient() {
		assertThat(TransientErrors.isTransient(
				wrapped(new SQLIntegrityConstraintViolationException("Duplicate entry", "23000", 1062)),
				DatabaseVendor.MARIADB))
			.isFalse();
		assertThat(TransientErrors.isTransient(wrapped(new SQLException("syntax", "42601")), DatabaseVendor.POSTGRESQL))
			.isFalse();
		assertThat(TransientErrors.isTransient(new IllegalStateException("no SQL at all"), DatabaseVendor.POSTGRESQL))
			.isFalse();
	}

	private static RuntimeException wrapped(SQLException cause) {
		return new PessimisticLockingFailureException("translated", cause);
	}

}
