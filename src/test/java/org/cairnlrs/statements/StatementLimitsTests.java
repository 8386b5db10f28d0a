/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The configurable limits: page size and request body size (Communication 2.1.3, 3.2).
 */
@LrsTest
@TestPropertySource(properties = { "cairn.statements.max-limit=3", "cairn.statements.max-body-size=4KB" })
class StatementLimitsTests {

	@Autowired
	XapiClient xapi;

	StatementRequests lrs;

	@BeforeEach
	void setUp() {
		this.lrs = new StatementRequests(this.xapi);
	}

	@Test
	@DisplayName("A body over the configured size is refused with 413 and nothing is stored (Communication 3.2)")
	void post_bodyOverLimit_returns413() throws Exception {
		String id = UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.withId(TestStatements.statement(), id);
		((ObjectNode) statement.get("actor")).put("name", "x".repeat(5000));

		this.lrs.postRaw(TestStatements.text(statement))
			.andExpect(status().isPayloadTooLarge())
			.andExpect(jsonPath("$.message").value(containsString("4096 bytes")));

		this.lrs.get("?statementId={id}", id).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("limit=0, no limit and a limit above the maximum all give the configured maximum (Communication "
			+ "2.1.3)")
	void limit_cappedAtConfiguredMaximum() throws Exception {
		String verb = TestStatements.verbId();
		List<JsonNode> statements = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			statements.add(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));
		}
		this.lrs.post(statements.toArray(JsonNode[]::new));

		for (String limit : List.of("&limit=0", "", "&limit=10")) {
			JsonNode page = this.lrs.getJson("?verb={v}" + limit, verb);
			assertThat(page.get("statements")).as(limit).hasSize(3);
			assertThat(page.get("more").stringValue()).as(limit).isNotEmpty();
			assertThat(this.lrs.allPages(page)).as(limit).hasSize(5).doesNotHaveDuplicates();
		}
		assertThat(this.lrs.getJson("?verb={v}&limit=2", verb).get("statements")).hasSize(2);
	}

}
