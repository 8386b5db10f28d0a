/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cairnlrs.xapi.TestJson.FULL;
import static org.cairnlrs.xapi.TestJson.MINIMAL;
import static org.cairnlrs.xapi.TestJson.WITH_SUBSTATEMENT;
import static org.cairnlrs.xapi.TestJson.parse;
import static org.cairnlrs.xapi.TestJson.with;

/**
 * What the GET /statements filters see of a Statement (Communication 2.1.3).
 */
class StatementIndexerTests {

	@Test
	void indexesTheFullStatement() {
		StatementIndex index = StatementIndexer.index(parse(FULL));

		assertThat(index.verbId()).isEqualTo("http://adlnet.gov/expapi/verbs/answered");
		assertThat(index.registration()).isEqualTo("ec531277-b57b-4c15-8d91-d292c5b2b8f7");
		assertThat(index.targetStatementId()).isNull();
		assertThat(index.voiding()).isFalse();
		// The actor is also a team member; being the actor keeps it unrelated.
		assertThat(index.actors()).containsExactly(new ActorRef("mbox:mailto:learner@example.com", false),
				new ActorRef("account:https://lrs.example.com/clients|client-1", true),
				new ActorRef("account:https://lms.example.com|t-17", true),
				new ActorRef("openid:https://id.example.com/peer", true));
		assertThat(index.activities()).containsExactly(new ActivityRef("http://example.com/quiz/1/question/2", false),
				new ActivityRef("http://example.com/quiz/1", true),
				new ActivityRef("http://example.com/course/1", true),
				new ActivityRef("https://w3id.org/xapi/cmi5/context/categories/cmi5", true));
		assertThat(index.definitions()).singleElement().satisfies((definition) -> {
			assertThat(definition.activityId()).isEqualTo("http://example.com/quiz/1/question/2");
			assertThat(definition.definition().path("interactionType").asString()).isEqualTo("choice");
		});
	}

	@Test
	void groupMembersOfActorAndObjectMatchTheAgentFilter() {
		// Communication 2.1.3 agent: "Groups that have members which match the specified
		// Agent ... are considered a match".
		ObjectNode statement = with(MINIMAL, "actor", """
				{"objectType": "Group", "mbox": "mailto:team@example.com",
				 "member": [{"mbox": "mailto:a@example.com"}]}""");
		TestJson.set(statement, "object", """
				{"objectType": "Group", "member": [{"openid": "http://b.example.com"}]}""");

		StatementIndex index = StatementIndexer.index(statement);

		assertThat(index.actors()).containsExactly(new ActorRef("mbox:mailto:team@example.com", false),
				new ActorRef("mbox:mailto:a@example.com", false), new ActorRef("openid:http://b.example.com", false));
		assertThat(index.activities()).isEmpty();
	}

	@Test
	void everythingInsideASubStatementIsRelated() {
		StatementIndex index = StatementIndexer.index(parse(WITH_SUBSTATEMENT));

		assertThat(index.actors()).containsExactly(new ActorRef("mbox:mailto:teacher@example.com", false),
				new ActorRef("mbox:mailto:learner@example.com", true),
				new ActorRef("mbox_sha1sum:cd9b00a5611f94eaa7b1661edab976068e364975", true));
		assertThat(index.activities()).containsExactly(new ActivityRef("http://example.com/website", true),
				new ActivityRef("http://example.com/course/1", true));
		assertThat(index.definitions()).extracting(ActivityDefinition::activityId)
			.containsExactly("http://example.com/website");
	}

	@Test
	void recordsTheTargetOfAStatementRefAndVoiding() {
		String voiding = """
				{"actor": {"mbox": "mailto:admin@example.com"},
				 "verb": {"id": "http://adlnet.gov/expapi/verbs/voided"},
				 "object": {"objectType": "StatementRef", "id": "E05AA883-ACAF-40AD-BF54-02C8CE485FB0"},
				 "context": {"statement":
				   {"objectType": "StatementRef", "id": "6690e6c9-3ef0-4ed3-8b37-7f3964730bee"}}}""";

		StatementIndex index = StatementIndexer.index(parse(voiding));
		StatementIndex comment = StatementIndexer.index(with(voiding, "verb.id", "\"http://example.com/commented\""));

		assertThat(index.voiding()).isTrue();
		assertThat(index.targetStatementId()).isEqualTo("e05aa883-acaf-40ad-bf54-02c8ce485fb0");
		assertThat(comment.voiding()).isFalse();
		assertThat(comment.targetStatementId()).isEqualTo("e05aa883-acaf-40ad-bf54-02c8ce485fb0");
		assertThat(index.activities()).isEmpty();
	}

	@Test
	void indexesContextAgentsAndGroupsAsRelated() {
		ObjectNode statement = with(MINIMAL, "context.contextAgents", """
				[{"objectType": "contextAgent", "agent": {"mbox": "mailto:mentor@example.com"}}]""");
		TestJson.set(statement, "context.contextGroups", """
				[{"objectType": "contextGroup",
				  "group": {"objectType": "Group", "member": [{"mbox": "mailto:p@example.com"}]}}]""");

		StatementIndex index = StatementIndexer.index(statement);

		assertThat(index.actors()).contains(new ActorRef("mbox:mailto:mentor@example.com", true),
				new ActorRef("mbox:mailto:p@example.com", true));
	}

	@Test
	void keepsTheFirstDefinitionOfAnActivity() {
		ObjectNode statement = with(MINIMAL, "object.definition", "{\"name\": {\"en\": \"First\"}}");
		TestJson.set(statement, "context.contextActivities.other", """
				[{"id": "http://example.com/activities/course-1", "definition": {"name": {"en": "Second"}}}]""");

		StatementIndex index = StatementIndexer.index(statement);

		assertThat(index.activities())
			.containsExactly(new ActivityRef("http://example.com/activities/course-1", false));
		assertThat(index.definitions()).singleElement()
			.satisfies((definition) -> assertThat(definition.definition().path("name").path("en").asString())
				.isEqualTo("First"));
	}

	@Test
	void definitionsAreCopies() {
		ObjectNode statement = with(MINIMAL, "object.definition", "{\"name\": {\"en\": \"First\"}}");

		StatementIndex index = StatementIndexer.index(statement);
		((ObjectNode) statement.get("object").get("definition")).put("type", "http://example.com/types/changed");

		assertThat(index.definitions().get(0).definition().has("type")).isFalse();
	}

}
