/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.cairnlrs.xapi.XapiVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Makes, finds, checks and removes API clients. The console commands and the web pages
 * both go through here.
 */
@Service
public class ClientService {

	private static final Logger logger = LoggerFactory.getLogger(ClientService.class);

	static final int GENERATED_SECRET_LENGTH = 32;

	private final ClientRepository repository;

	private final String homePage;

	ClientService(ClientRepository repository, @Value("${cairn.url:}") String appUrl) {
		this.repository = repository;
		this.homePage = (appUrl == null || appUrl.isBlank()) ? "http://localhost" : appUrl.trim();
	}

	/**
	 * Makes a client.
	 * @param username the user name, or {@code null} to generate one
	 * @param secret the secret, or {@code null} to generate one
	 * @param scopes what the client may do; empty means {@code all}
	 * @return the client with its secret in the clear
	 * @throws IllegalArgumentException when the name or secret is unusable or the name is
	 * taken
	 */
	public CreatedClient create(String username, String secret, Set<Scope> scopes) {
		return create(username, secret, scopes, XapiVersion.newest());
	}

	/**
	 * Makes a client that speaks a given xAPI version by default.
	 * @param username the user name, or {@code null} to generate one
	 * @param secret the secret, or {@code null} to generate one
	 * @param scopes what the client may do; empty means {@code all}
	 * @param xapiVersion the version reported to the client when a request of its carries
	 * no usable version header
	 * @return the client with its secret in the clear
	 * @throws IllegalArgumentException when the name or secret is unusable or the name is
	 * taken
	 */
	public CreatedClient create(String username, String secret, Set<Scope> scopes, XapiVersion xapiVersion) {
		String name = (username == null) ? "client-" + SecretDigest.generate(8).toLowerCase() : username.trim();
		checkUsername(name);
		boolean generated = (secret == null);
		String clear = generated ? SecretDigest.generate(GENERATED_SECRET_LENGTH) : secret;
		if (clear.isEmpty()) {
			throw new IllegalArgumentException("The password must not be empty");
		}

		Set<Scope> granted = scopes.isEmpty() ? EnumSet.of(Scope.ALL) : EnumSet.copyOf(scopes);
		Client client = new Client(0, name, granted, authority(name), Instant.now().truncatedTo(ChronoUnit.MILLIS),
				xapiVersion);
		try {
			this.repository.insert(name, SecretDigest.digest(clear), client);
		}
		catch (DuplicateKeyException ex) {
			throw new IllegalArgumentException("A client named '" + name + "' exists already");
		}
		logger.info("Created API client {} with scopes {}, speaking xAPI {} by default", name,
				granted.stream().map(Scope::value).toList(), xapiVersion.header());
		Client stored = this.repository.findByUsername(name).orElseThrow().client();
		return new CreatedClient(stored, clear, generated);
	}

	/**
	 * Changes the xAPI version a client speaks by default.
	 * @param username the client's user name
	 * @param xapiVersion the new default version
	 * @return whether there was such a client
	 */
	public boolean setVersion(String username, XapiVersion xapiVersion) {
		boolean updated = this.repository.updateVersion(username, xapiVersion);
		if (updated) {
			logger.info("API client {} now speaks xAPI {} by default", username, xapiVersion.header());
		}
		return updated;
	}

	public List<Client> list() {
		return this.repository.findAll();
	}

	public boolean isEmpty() {
		return this.repository.count() == 0;
	}

	/**
	 * Removes a client; what it wrote stays.
	 * @param username the client's user name
	 * @return whether there was such a client
	 */
	public boolean delete(String username) {
		boolean deleted = this.repository.delete(username);
		if (deleted) {
			logger.info("Deleted API client {}", username);
		}
		return deleted;
	}

	/**
	 * Checks HTTP Basic credentials.
	 * @param username the user name
	 * @param secret the secret
	 * @return the client, when both match
	 */
	public Optional<Client> authenticate(String username, String secret) {
		return this.repository.findByUsername(username)
			.filter((stored) -> SecretDigest.matches(secret, stored.secretDigest()))
			.map(ClientRepository.StoredClient::client);
	}

	private static void checkUsername(String name) {
		if (name.isEmpty() || name.length() > 191) {
			throw new IllegalArgumentException("A client name must have 1 to 191 characters");
		}
		if (name.contains(":") || !name.chars().allMatch((c) -> c > 32 && c != 127)) {
			throw new IllegalArgumentException("A client name must not contain ':', spaces or control characters");
		}
	}

	/**
	 * The Agent recorded as authority of the statements the client writes: an account on
	 * this LRS (Data 2.4.9).
	 */
	private ObjectNode authority(String username) {
		ObjectNode agent = JsonNodeFactory.instance.objectNode();
		agent.put("objectType", "Agent");
		agent.put("name", username);
		agent.putObject("account").put("homePage", this.homePage).put("name", username);
		return agent;
	}

}
