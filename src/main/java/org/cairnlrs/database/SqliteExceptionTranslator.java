/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.sql.SQLException;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import org.springframework.dao.CannotAcquireLockException;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.support.SQLExceptionTranslator;

/**
 * Tells a unique violation on SQLite apart from other constraint failures, which SQLite's
 * plain error code (19 for all of them) cannot: the driver keeps the extended result
 * code. Named in {@code sql-error-codes.xml}, so that every {@code JdbcTemplate} and
 * {@code JdbcClient} on SQLite throws {@link DuplicateKeyException} as it does on the
 * other databases.
 */
public class SqliteExceptionTranslator implements SQLExceptionTranslator {

	@Override
	public DataAccessException translate(String task, String sql, SQLException ex) {
		if (!(ex instanceof SQLiteException sqlite)) {
			return null;
		}
		SQLiteErrorCode code = sqlite.getResultCode();
		String message = task + "; " + ex.getMessage();
		return switch (code) {
			case SQLITE_CONSTRAINT_UNIQUE, SQLITE_CONSTRAINT_PRIMARYKEY -> new DuplicateKeyException(message, ex);
			case SQLITE_BUSY, SQLITE_BUSY_SNAPSHOT, SQLITE_BUSY_RECOVERY, SQLITE_LOCKED, SQLITE_LOCKED_SHAREDCACHE ->
				new CannotAcquireLockException(message, ex);
			default -> null;
		};
	}

}
