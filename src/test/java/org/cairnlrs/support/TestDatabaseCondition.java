/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.support;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.cairnlrs.database.DatabaseVendor;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs database tests only where they can run: on a vendor listed in
 * {@code cairn.test.databases} (all when absent), and on a server database only when the
 * server answers. In continuous integration ({@code CI=true}) a server that does not
 * answer is not a reason to skip: the tests run and fail, so that a missing database
 * cannot pass unnoticed.
 */
public class TestDatabaseCondition implements ExecutionCondition {

	private static final AtomicBoolean warned = new AtomicBoolean();

	@Override
	public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
		DatabaseVendor vendor = TestDatabase.selectedVendor();
		if (!TestDatabase.isWanted(vendor)) {
			return ConditionEvaluationResult.disabled(vendor.connectionName() + " is not in "
					+ TestDatabase.DATABASES_PROPERTY + "=" + System.getProperty(TestDatabase.DATABASES_PROPERTY));
		}
		if (TestDatabase.isCi()) {
			return ConditionEvaluationResult.enabled("continuous integration runs every database");
		}

		Optional<String> unavailable = TestDatabase.unavailability(vendor);
		if (unavailable.isEmpty()) {
			return ConditionEvaluationResult.enabled(vendor.connectionName() + " is reachable");
		}
		if (warned.compareAndSet(false, true)) {
			System.err.println();
			System.err.println("*".repeat(100));
			System.err.println("* SKIPPING every " + vendor.connectionName() + " test: " + unavailable.get());
			System.err.println("* (with CI=true these tests fail instead)");
			System.err.println("*".repeat(100));
			System.err.println();
		}
		return ConditionEvaluationResult.disabled("SKIPPED: " + unavailable.get());
	}

}
