/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.cairnlrs.xapi.XapiVersion;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The {@code client} table.
 */
@Repository
class ClientRepository {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final JdbcClient jdbc;

	ClientRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Inserts a client; the digest is already computed. */
	void insert(String username, String secretDigest, Client client) {
		this.jdbc
			.sql("INSERT INTO client (username, secret_digest, scopes, authority, created_at, xapi_version) "
					+ "VALUES (:username, :digest, :scopes, :authority, :createdAt, :xapiVersion)")
			.param("username", username)
			.param("digest", secretDigest)
			.param("scopes", client.scopes().stream().map(Scope::value).collect(Collectors.joining(" ")))
			.param("authority", MAPPER.writeValueAsString(client.authority()))
			.param("createdAt", client.createdAt().toEpochMilli())
			.param("xapiVersion", client.xapiVersion().header())
			.update();
	}

	/**
	 * Sets the xAPI version a client speaks by default; false when there is no such
	 * client.
	 */
	boolean updateVersion(String username, XapiVersion version) {
		return this.jdbc.sql("UPDATE client SET xapi_version = :xapiVersion WHERE username = :username")
			.param("xapiVersion", version.header())
			.param("username", username)
			.update() > 0;
	}

	/** The client with this user name and its secret digest. */
	Optional<StoredClient> findByUsername(String username) {
		return this.jdbc.sql("SELECT * FROM client WHERE username = :username")
			.param("username", username)
			.query((rs, row) -> new StoredClient(map(rs), rs.getString("secret_digest")))
			.optional();
	}

	/** All clients, oldest first. */
	List<Client> findAll() {
		return this.jdbc.sql("SELECT * FROM client ORDER BY id").query((rs, row) -> map(rs)).list();
	}

	long count() {
		return this.jdbc.sql("SELECT COUNT(*) FROM client").query(Long.class).single();
	}

	boolean delete(String username) {
		return this.jdbc.sql("DELETE FROM client WHERE username = :username").param("username", username).update() > 0;
	}

	private static Client map(ResultSet rs) throws SQLException {
		return new Client(rs.getLong("id"), rs.getString("username"), Scope.parseList(rs.getString("scopes")),
				MAPPER.readTree(rs.getString("authority")), Instant.ofEpochMilli(rs.getLong("created_at")),
				XapiVersion.fromHeader(rs.getString("xapi_version")).orElse(XapiVersion.V1_0_3));
	}

	record StoredClient(Client client, String secretDigest) {
	}

}
