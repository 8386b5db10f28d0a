/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.support;

import java.net.URI;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.cairnlrs.database.DatabaseVendor;

/**
 * A fresh, empty database for one test application context, on the database the test run
 * is for: system property {@code cairn.test.database} ({@code sqlite} by default,
 * {@code pgsql} or {@code mariadb}).
 * <p>
 * SQLite databases are files under {@code target/test-databases}. On a server, each
 * database gets a random name starting with {@code cairn_test_}, is created through an
 * administrative connection ({@code CAIRN_TEST_PG_URL}, default
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres};
 * {@code CAIRN_TEST_MARIADB_URL}, default {@code jdbc:mariadb://127.0.0.1:3306/test} as
 * {@code root}; {@code CAIRN_TEST_PG_USER}, {@code CAIRN_TEST_PG_PASSWORD},
 * {@code CAIRN_TEST_MARIADB_USER}, {@code CAIRN_TEST_MARIADB_PASSWORD} override the
 * credentials) and is dropped when the JVM exits. Databases of runs that were killed
 * before they could clean up are dropped by the next run once they are
 * {@link #ABANDONED_AFTER} old, so that runs going on at the same time keep theirs.
 */
public final class TestDatabase {

	/** The system property naming the database of this test run. */
	public static final String DATABASE_PROPERTY = "cairn.test.database";

	/** The system property listing the databases to test on; all when absent. */
	public static final String DATABASES_PROPERTY = "cairn.test.databases";

	static final Duration ABANDONED_AFTER = Duration.ofHours(6);

	private static final String PREFIX = "cairn_test_";

	private static final Pattern NAME = Pattern.compile(PREFIX + "(\\d+)_[0-9a-f]+");

	private static final Map<DatabaseVendor, Optional<String>> availability = new ConcurrentHashMap<>();

	private static final List<TestDatabase> created = new ArrayList<>();

	private static boolean sweptAndHooked;

	private final DatabaseVendor vendor;

	private final String name;

	private TestDatabase(DatabaseVendor vendor, String name) {
		this.vendor = vendor;
		this.name = name;
	}

	/** The database of this test run, from {@value #DATABASE_PROPERTY}. */
	public static DatabaseVendor selectedVendor() {
		return DatabaseVendor.fromConnection(System.getProperty(DATABASE_PROPERTY, "sqlite"));
	}

	/**
	 * Whether tests on this vendor are wanted: {@value #DATABASES_PROPERTY} is absent or
	 * names it.
	 */
	static boolean isWanted(DatabaseVendor vendor) {
		String wanted = System.getProperty(DATABASES_PROPERTY, "").trim();
		if (wanted.isEmpty()) {
			return true;
		}
		for (String one : wanted.split(",")) {
			if (!one.isBlank() && DatabaseVendor.fromConnection(one.trim()) == vendor) {
				return true;
			}
		}
		return false;
	}

	/**
	 * Whether this run is continuous integration, where a missing database is an error.
	 */
	static boolean isCi() {
		return "true".equalsIgnoreCase(System.getenv("CI"));
	}

	/**
	 * Why this vendor's server cannot be reached, or empty when it can (asked once per
	 * JVM).
	 */
	static Optional<String> unavailability(DatabaseVendor vendor) {
		if (!vendor.isServer()) {
			return Optional.empty();
		}
		return availability.computeIfAbsent(vendor, (v) -> {
			Server server = Server.of(v);
			try (Connection connection = server.connect()) {
				return Optional.empty();
			}
			catch (SQLException ex) {
				return Optional.of(v.connectionName() + " at " + server.adminUrl + " as " + server.user
						+ " cannot be reached: " + ex.getMessage());
			}
		});
	}

	/**
	 * Makes an empty database for the vendor of this run.
	 * @return the database
	 */
	public static TestDatabase create() {
		return create(selectedVendor());
	}

	/**
	 * Makes an empty database.
	 * @param vendor the kind of database
	 * @return the database, dropped when the JVM exits
	 */
	public static TestDatabase create(DatabaseVendor vendor) {
		String name = PREFIX + Instant.now().getEpochSecond() + "_"
				+ HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextInt());
		TestDatabase database = new TestDatabase(vendor, name);
		if (vendor.isServer()) {
			prepareServers();
			Server.of(vendor)
				.execute(vendor == DatabaseVendor.POSTGRESQL ? "CREATE DATABASE " + name
						: "CREATE DATABASE " + name + " CHARACTER SET utf8mb4");
			synchronized (created) {
				created.add(database);
			}
		}
		return database;
	}

	public DatabaseVendor vendor() {
		return this.vendor;
	}

	public String name() {
		return this.name;
	}

	/**
	 * The settings that point Cairn at this database, as an operator would give them
	 * ({@code DB_CONNECTION}, {@code DB_HOST}, ...), with a small connection pool because
	 * many test contexts may share one server.
	 * @return property names and values
	 */
	public Map<String, Object> applicationProperties() {
		Map<String, Object> properties = new LinkedHashMap<>();
		properties.put("cairn.database.connection", this.vendor.connectionName());
		if (!this.vendor.isServer()) {
			properties.put("cairn.database.database", "target/test-databases/" + UUID.randomUUID() + ".db");
			return properties;
		}
		Server server = Server.of(this.vendor);
		properties.put("cairn.database.host", server.host);
		properties.put("cairn.database.port", server.port);
		properties.put("cairn.database.database", this.name);
		properties.put("cairn.database.username", server.user);
		properties.put("cairn.database.password", server.password);
		properties.put("cairn.database.url", "");
		properties.put("cairn.database.pool-size", 4);
		return properties;
	}

	/**
	 * Drops this database now; connections still open to it are cut.
	 */
	public void drop() {
		if (!this.vendor.isServer()) {
			return;
		}
		Server.of(this.vendor)
			.execute((this.vendor == DatabaseVendor.POSTGRESQL)
					? "DROP DATABASE IF EXISTS " + this.name + " WITH (FORCE)"
					: "DROP DATABASE IF EXISTS " + this.name);
		synchronized (created) {
			created.remove(this);
		}
	}

	/**
	 * Once per JVM: drops the databases that killed runs left behind, and arranges that
	 * this run's databases are dropped when it ends.
	 */
	private static synchronized void prepareServers() {
		if (sweptAndHooked) {
			return;
		}
		sweptAndHooked = true;
		for (DatabaseVendor vendor : List.of(DatabaseVendor.POSTGRESQL, DatabaseVendor.MARIADB)) {
			if (unavailability(vendor).isEmpty()) {
				dropAbandoned(vendor);
			}
		}
		Runtime.getRuntime().addShutdownHook(new Thread(TestDatabase::dropAllCreated, "cairn-test-databases"));
	}

	private static void dropAbandoned(DatabaseVendor vendor) {
		String list = (vendor == DatabaseVendor.POSTGRESQL)
				? "SELECT datname FROM pg_database WHERE datname LIKE 'cairn\\_test\\_%'"
				: "SHOW DATABASES LIKE 'cairn\\_test\\_%'";
		long oldest = Instant.now().minus(ABANDONED_AFTER).getEpochSecond();
		for (String name : Server.of(vendor).names(list)) {
			Matcher matcher = NAME.matcher(name);
			if (matcher.matches() && Long.parseLong(matcher.group(1)) < oldest) {
				new TestDatabase(vendor, name).drop();
			}
		}
	}

	private static void dropAllCreated() {
		List<TestDatabase> all;
		synchronized (created) {
			all = new ArrayList<>(created);
		}
		for (TestDatabase database : all) {
			try {
				database.drop();
			}
			catch (RuntimeException ex) {
				System.err.println("Could not drop test database " + database.name + ": " + ex.getMessage());
			}
		}
	}

	@Override
	public String toString() {
		return this.vendor.connectionName() + ":" + this.name;
	}

	/**
	 * An administrative connection to a database server.
	 */
	private record Server(String adminUrl, String host, int port, String user, String password) {

		static Server of(DatabaseVendor vendor) {
			String url = switch (vendor) {
				case POSTGRESQL -> env("CAIRN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/test");
				case MARIADB, MYSQL -> env("CAIRN_TEST_MARIADB_URL", "jdbc:mariadb://127.0.0.1:3306/test");
				case SQLITE -> throw new IllegalArgumentException("SQLite has no server");
			};
			boolean pg = vendor == DatabaseVendor.POSTGRESQL;
			URI uri = URI.create(url.substring("jdbc:".length()));
			int port = (uri.getPort() > 0) ? uri.getPort() : vendor.defaultPort();
			return new Server(url, uri.getHost(), port,
					env(pg ? "CAIRN_TEST_PG_USER" : "CAIRN_TEST_MARIADB_USER", pg ? "postgres" : "root"),
					env(pg ? "CAIRN_TEST_PG_PASSWORD" : "CAIRN_TEST_MARIADB_PASSWORD", ""));
		}

		Connection connect() throws SQLException {
			DriverManager.setLoginTimeout(5);
			return DriverManager.getConnection(this.adminUrl, this.user, this.password);
		}

		void execute(String sql) {
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				statement.execute(sql);
			}
			catch (SQLException ex) {
				throw new IllegalStateException("'" + sql + "' failed on " + this.adminUrl + ": " + ex.getMessage(),
						ex);
			}
		}

		List<String> names(String query) {
			List<String> names = new ArrayList<>();
			try (Connection connection = connect(); Statement statement = connection.createStatement()) {
				var rs = statement.executeQuery(query);
				while (rs.next()) {
					names.add(rs.getString(1));
				}
			}
			catch (SQLException ex) {
				throw new IllegalStateException("'" + query + "' failed on " + this.adminUrl + ": " + ex.getMessage(),
						ex);
			}
			return names;
		}

		private static String env(String name, String fallback) {
			String value = System.getenv(name);
			return (value == null || value.isBlank()) ? fallback : value;
		}

	}

}
