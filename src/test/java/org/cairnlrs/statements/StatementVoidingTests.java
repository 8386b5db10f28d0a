/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.List;
import java.util.UUID;

import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Voiding (Data 2.3.2) and how voided Statements are read (Communication 2.1.4).
 */
@LrsTest
class StatementVoidingTests {

	@Autowired
	XapiClient xapi;

	StatementRequests lrs;

	@BeforeEach
	void setUp() {
		this.lrs = new StatementRequests(this.xapi);
	}

	@Test
	@DisplayName("A voided Statement is 404 by statementId, found by voidedStatementId, and left out of queries "
			+ "(Communication 2.1.4, XAPI-00018)")
	void voided_onlyByVoidedStatementId() throws Exception {
		String verb = TestStatements.verbId();
		String voided = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));
		String kept = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));

		String voiding = this.lrs.postOne(TestStatements.voiding(voided));

		this.lrs.get("?statementId={id}", voided).andExpect(status().isNotFound());
		this.lrs.get("?voidedStatementId={id}", voided)
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.id").value(voided));
		this.lrs.get("?statementId={id}", voiding).andExpect(status().isOk());
		// The voiding Statement matches through its target (Communication 2.1.4).
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}", verb))).containsExactly(voiding, kept);
	}

	@Test
	@DisplayName("voidedStatementId of a Statement that is not voided is 404 (Communication 2.1.4)")
	void voidedStatementId_ofUnvoided_returns404() throws Exception {
		String id = this.lrs.postOne(TestStatements.statement());

		this.lrs.get("?voidedStatementId={id}", id).andExpect(status().isNotFound());
		this.lrs.get("?voidedStatementId={id}", UUID.randomUUID().toString()).andExpect(status().isNotFound());
	}

	@Test
	@DisplayName("The voiding Statement is returned by queries that match the voided target, the voided one is "
			+ "not (Communication 2.1.4)")
	void voidingStatement_matchesThroughVoidedTarget() throws Exception {
		String learner = TestStatements.mbox();
		String voided = this.lrs
			.postOne(TestStatements.statement(learner, TestStatements.verbId(), TestStatements.activityId()));
		String voiding = this.lrs.postOne(TestStatements.voiding(voided));

		assertThat(StatementRequests
			.ids(this.lrs.getJson("?agent={a}", TestStatements.text(TestStatements.agent(learner)))))
			.containsExactly(voiding);
	}

	@Test
	@DisplayName("A voiding Statement whose target is not stored is accepted; the target is voided when it "
			+ "arrives (Data 2.3.2)")
	void voidingMissingTarget_acceptedAndAppliedOnArrival() throws Exception {
		String targetId = UUID.randomUUID().toString();
		this.lrs.postOne(TestStatements.voiding(targetId));

		this.lrs.postOne(TestStatements.withId(TestStatements.statement(), targetId));

		this.lrs.get("?statementId={id}", targetId).andExpect(status().isNotFound());
		this.lrs.get("?voidedStatementId={id}", targetId).andExpect(status().isOk());
	}

	@Test
	@DisplayName("A voiding Statement cannot be voided: voiding it is accepted and changes nothing (Data 2.3.2, "
			+ "XAPI-00016)")
	void voidingAVoidingStatement_isIgnored() throws Exception {
		String original = this.lrs.postOne(TestStatements.statement());
		String voiding = this.lrs.postOne(TestStatements.voiding(original));

		String second = this.lrs.postOne(TestStatements.voiding(voiding));

		this.lrs.get("?statementId={id}", voiding).andExpect(status().isOk());
		this.lrs.get("?voidedStatementId={id}", voiding).andExpect(status().isNotFound());
		this.lrs.get("?statementId={id}", second).andExpect(status().isOk());
		this.lrs.get("?voidedStatementId={id}", original).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Voiding an already voided Statement is accepted and it stays voided (XAPI-00016)")
	void voidingTwice_staysVoided() throws Exception {
		String original = this.lrs.postOne(TestStatements.statement());
		this.lrs.postOne(TestStatements.voiding(original));

		this.lrs.postOne(TestStatements.voiding(original));

		this.lrs.get("?voidedStatementId={id}", original).andExpect(status().isOk());
	}

	@Test
	@DisplayName("A target and its voiding Statement in one batch, in either order")
	void voidingInSameBatch_eitherOrder() throws Exception {
		String before = UUID.randomUUID().toString();
		String after = UUID.randomUUID().toString();

		List<String> ids = this.lrs.post(TestStatements.withId(TestStatements.statement(), before),
				TestStatements.voiding(before), TestStatements.voiding(after),
				TestStatements.withId(TestStatements.statement(), after));

		assertThat(ids).hasSize(4);
		this.lrs.get("?voidedStatementId={id}", before).andExpect(status().isOk());
		this.lrs.get("?voidedStatementId={id}", after).andExpect(status().isOk());
		this.lrs.get("?statementId={id}", ids.get(1)).andExpect(status().isOk());
	}

	@Test
	@DisplayName("A voiding Statement must refer to a StatementRef (Data 2.3.2)")
	void voidingWithActivityObject_returns400() throws Exception {
		ObjectNode statement = TestStatements.statement(TestStatements.mbox(), TestStatements.VOIDED,
				TestStatements.activityId());

		this.lrs.postRaw(TestStatements.text(statement))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(startsWith("object")));
	}

	@Test
	@DisplayName("A rejected batch voids nothing (Communication 3.2)")
	void rejectedBatch_voidsNothing() throws Exception {
		String target = this.lrs.postOne(TestStatements.statement());
		ObjectNode invalid = TestStatements.statement();
		invalid.remove("actor");

		this.lrs.postRaw(TestStatements.array(TestStatements.voiding(target), invalid))
			.andExpect(status().isBadRequest());

		this.lrs.get("?statementId={id}", target).andExpect(status().isOk());
	}

}
