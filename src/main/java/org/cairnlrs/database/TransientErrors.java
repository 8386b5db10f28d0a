/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.sql.SQLException;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Recognises the errors a database raises when concurrent transactions got in each
 * other's way, and which go away when the losing transaction runs again: serialization
 * failures and deadlocks, and on MariaDB and MySQL lock wait timeouts. Anything else (a
 * constraint violation, bad SQL, a lost connection) is not transient.
 */
public final class TransientErrors {

	/**
	 * SQLSTATE of a serialization failure; MariaDB and MySQL report deadlocks with it.
	 */
	static final String SERIALIZATION_FAILURE = "40001";

	/** SQLSTATE of a deadlock on PostgreSQL. */
	static final String DEADLOCK_DETECTED = "40P01";

	/** MariaDB and MySQL error code of a deadlock. */
	static final int MARIADB_DEADLOCK = 1213;

	/** MariaDB and MySQL error code of a lock wait timeout. */
	static final int MARIADB_LOCK_WAIT_TIMEOUT = 1205;

	private TransientErrors() {
	}

	/**
	 * Whether this error, or one it was caused by, is a transient conflict between
	 * transactions.
	 * @param error an error from data access, possibly wrapped
	 * @param vendor the database that raised it: vendor error codes mean different things
	 * on different databases
	 * @return whether running the transaction again may succeed
	 */
	public static boolean isTransient(Throwable error, DatabaseVendor vendor) {
		Map<Throwable, Boolean> seen = new IdentityHashMap<>();
		for (Throwable cause = error; cause != null && seen.put(cause, true) == null; cause = cause.getCause()) {
			if (cause instanceof SQLException sql && isTransient(sql, vendor)) {
				return true;
			}
		}
		return false;
	}

	private static boolean isTransient(SQLException error, DatabaseVendor vendor) {
		for (SQLException next = error; next != null; next = next.getNextException()) {
			String state = next.getSQLState();
			if (SERIALIZATION_FAILURE.equals(state) || DEADLOCK_DETECTED.equals(state)) {
				return true;
			}
			boolean mariadb = vendor == DatabaseVendor.MARIADB || vendor == DatabaseVendor.MYSQL;
			if (mariadb
					&& (next.getErrorCode() == MARIADB_DEADLOCK || next.getErrorCode() == MARIADB_LOCK_WAIT_TIMEOUT)) {
				return true;
			}
			if (next.getNextException() == next) {
				break;
			}
		}
		return false;
	}

}
