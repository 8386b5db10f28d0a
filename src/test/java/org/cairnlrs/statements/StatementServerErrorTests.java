/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.UUID;

import org.cairnlrs.activities.ActivityService;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.anyBoolean;
import static org.mockito.ArgumentMatchers.anyCollection;
import static org.mockito.Mockito.doThrow;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A failure inside the LRS while Statements are stored: the client gets a 500 with a
 * fixed message and the request id, never the exception's text, and nothing of the batch
 * is stored (Communication 3.2).
 */
@LrsTest
class StatementServerErrorTests {

	@MockitoBean
	ActivityService activities;

	@Autowired
	XapiClient xapi;

	StatementRequests lrs;

	@BeforeEach
	void setUp() {
		this.lrs = new StatementRequests(this.xapi);
		doThrow(new IllegalStateException("secret internal detail")).when(this.activities)
			.mergeDefinitions(anyCollection(), anyBoolean());
	}

	@Test
	@DisplayName("A failure late in the write transaction answers 500 without details and stores nothing")
	void post_failureInsideTransaction_returns500AndStoresNothing() throws Exception {
		String first = UUID.randomUUID().toString();
		String second = UUID.randomUUID().toString();

		this.lrs
			.postRaw(TestStatements.array(TestStatements.withId(TestStatements.statement(), first),
					TestStatements.withId(TestStatements.statement(), second)))
			.andExpect(status().isInternalServerError())
			.andExpect(jsonPath("$.requestId").isNotEmpty())
			.andExpect(jsonPath("$.message").value(containsString("request id")))
			.andExpect(jsonPath("$.message").value(not(containsString("secret"))))
			.andExpect(header().exists(ConsistentThroughFilter.HEADER));

		this.lrs.get("?statementId={id}", first).andExpect(status().isNotFound());
		this.lrs.get("?statementId={id}", second).andExpect(status().isNotFound());
	}

}
