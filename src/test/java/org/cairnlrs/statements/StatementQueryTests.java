/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.support.LrsTest;
import org.cairnlrs.support.XapiClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The filters, order and pages of GET /statements (Communication 2.1.3, Data 2.5). Each
 * test filters on its own verb, agent, Activity or registration, because the tests share
 * one database.
 */
@LrsTest
class StatementQueryTests {

	@Autowired
	XapiClient xapi;

	StatementRequests lrs;

	@BeforeEach
	void setUp() {
		this.lrs = new StatementRequests(this.xapi);
	}

	@Test
	@DisplayName("agent matches the actor and an Agent object, not the instructor (Communication 2.1.3)")
	void agent_matchesActorAndObject() throws Exception {
		String mbox = TestStatements.mbox();
		String asActor = this.lrs
			.postOne(TestStatements.statement(mbox, TestStatements.verbId(), TestStatements.activityId()));
		ObjectNode objectAgent = TestStatements.statement();
		objectAgent.set("object", TestStatements.agent(mbox));
		String asObject = this.lrs.postOne(objectAgent);
		ObjectNode instructed = TestStatements.statement();
		instructed.putObject("context").set("instructor", TestStatements.agent(mbox));
		String asInstructor = this.lrs.postOne(instructed);

		JsonNode agent = TestStatements.agent(mbox);
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={agent}", TestStatements.text(agent))))
			.containsExactly(asObject, asActor);
		assertThat(StatementRequests
			.ids(this.lrs.getJson("?agent={agent}&related_agents=true", TestStatements.text(agent))))
			.containsExactly(asInstructor, asObject, asActor);
	}

	@Test
	@DisplayName("agent matches a Group whose member it is, and an Identified Group by its IFI (Communication "
			+ "2.1.3)")
	void agent_matchesGroupMembersAndIdentifiedGroups() throws Exception {
		String member = TestStatements.mbox();
		String groupMbox = TestStatements.mbox();
		ObjectNode byGroup = TestStatements.statement();
		ObjectNode group = byGroup.putObject("actor");
		group.put("objectType", "Group");
		group.put("mbox", groupMbox);
		group.putArray("member").add(TestStatements.agent(member));
		String id = this.lrs.postOne(byGroup);

		assertThat(StatementRequests
			.ids(this.lrs.getJson("?agent={agent}", TestStatements.text(TestStatements.agent(member)))))
			.containsExactly(id);
		ObjectNode groupParameter = TestStatements.JSON.createObjectNode();
		groupParameter.put("objectType", "Group");
		groupParameter.put("mbox", groupMbox);
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={agent}", TestStatements.text(groupParameter))))
			.containsExactly(id);
	}

	@Test
	@DisplayName("agent compares the IFI: the mbox domain case does not matter, the name does not count")
	void agent_comparesIfiOnly() throws Exception {
		String local = TestStatements.unique("l-");
		String id = this.lrs.postOne(TestStatements.statement("mailto:" + local + "@Example.COM",
				TestStatements.verbId(), TestStatements.activityId()));

		ObjectNode agent = TestStatements.agent("mailto:" + local + "@example.com");
		agent.put("name", "Someone");

		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={agent}", TestStatements.text(agent))))
			.containsExactly(id);
	}

	@Test
	@DisplayName("related_agents also matches authority, team and the agents of a SubStatement (Communication "
			+ "2.1.3)")
	void relatedAgents_matchesSubStatementAndTeam() throws Exception {
		String mbox = TestStatements.mbox();
		ObjectNode sub = TestStatements.statement();
		ObjectNode subStatement = TestStatements.statement(mbox, TestStatements.verbId(), TestStatements.activityId());
		subStatement.put("objectType", "SubStatement");
		sub.set("object", subStatement);
		String viaSub = this.lrs.postOne(sub);
		ObjectNode team = TestStatements.statement();
		ObjectNode teamGroup = team.putObject("context").putObject("team");
		teamGroup.put("objectType", "Group");
		teamGroup.putArray("member").add(TestStatements.agent(mbox));
		String viaTeam = this.lrs.postOne(team);

		String agent = TestStatements.text(TestStatements.agent(mbox));
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={agent}", agent))).isEmpty();
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={agent}&related_agents=true", agent)))
			.containsExactly(viaTeam, viaSub);

		String authority = TestStatements.text(this.xapi.credentials().client().authority());
		String verb = TestStatements.verbId();
		String mine = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));
		assertThat(StatementRequests
			.ids(this.lrs.getJson("?agent={agent}&related_agents=true&verb={verb}", authority, verb)))
			.containsExactly(mine);
	}

	@Test
	@DisplayName("verb matches verb.id (Communication 2.1.3, XAPI-00180)")
	void verb_matchesVerbId() throws Exception {
		String verb = TestStatements.verbId();
		String first = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));
		this.lrs.postOne(TestStatements.statement());
		String second = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));

		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={verb}", verb))).containsExactly(second, first);
	}

	@Test
	@DisplayName("activity matches the object Activity; related_activities also context and SubStatement "
			+ "Activities (Communication 2.1.3)")
	void activity_matchesObjectAndWithRelatedTheContext() throws Exception {
		String activity = TestStatements.activityId();
		String asObject = this.lrs
			.postOne(TestStatements.statement(TestStatements.mbox(), TestStatements.verbId(), activity));
		ObjectNode inContext = TestStatements.statement();
		ArrayNode grouping = inContext.putObject("context").putObject("contextActivities").putArray("grouping");
		grouping.addObject().put("id", activity);
		String asContext = this.lrs.postOne(inContext);
		ObjectNode inSub = TestStatements.statement();
		ObjectNode subStatement = TestStatements.statement(TestStatements.mbox(), TestStatements.verbId(), activity);
		subStatement.put("objectType", "SubStatement");
		inSub.set("object", subStatement);
		String asSub = this.lrs.postOne(inSub);

		assertThat(StatementRequests.ids(this.lrs.getJson("?activity={a}", activity))).containsExactly(asObject);
		assertThat(StatementRequests.ids(this.lrs.getJson("?activity={a}&related_activities=true", activity)))
			.containsExactly(asSub, asContext, asObject);
	}

	@Test
	@DisplayName("registration matches context.registration in any letter case (Communication 2.1.3)")
	void registration_matchesContextRegistration() throws Exception {
		String registration = java.util.UUID.randomUUID().toString();
		ObjectNode statement = TestStatements.statement();
		statement.putObject("context").put("registration", registration.toUpperCase());
		String id = this.lrs.postOne(statement);
		this.lrs.postOne(TestStatements.statement());

		assertThat(StatementRequests.ids(this.lrs.getJson("?registration={r}", registration))).containsExactly(id);
	}

	@Test
	@DisplayName("Filters combine with AND (Communication 2.1.3)")
	void filters_combineWithAnd() throws Exception {
		String mbox = TestStatements.mbox();
		String verb = TestStatements.verbId();
		String activity = TestStatements.activityId();
		String all = this.lrs.postOne(TestStatements.statement(mbox, verb, activity));
		this.lrs.postOne(TestStatements.statement(mbox, TestStatements.verbId(), activity));
		this.lrs.postOne(TestStatements.statement(mbox, verb, TestStatements.activityId()));
		this.lrs.postOne(TestStatements.statement(TestStatements.mbox(), verb, activity));

		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={agent}&verb={verb}&activity={activity}",
				TestStatements.text(TestStatements.agent(mbox)), verb, activity)))
			.containsExactly(all);
	}

	@Test
	@DisplayName("since is exclusive and until inclusive, both on stored (Communication 2.1.3)")
	void sinceAndUntil_boundStored() throws Exception {
		String verb = TestStatements.verbId();
		List<String> ids = new ArrayList<>();
		List<String> stored = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String id = this.lrs
				.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));
			ids.add(id);
			stored.add(this.lrs.statement(id).get("stored").stringValue());
			Thread.sleep(5);
		}

		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}&since={s}", verb, stored.get(0))))
			.containsExactly(ids.get(2), ids.get(1));
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}&until={u}", verb, stored.get(1))))
			.containsExactly(ids.get(1), ids.get(0));
		assertThat(StatementRequests
			.ids(this.lrs.getJson("?verb={v}&since={s}&until={u}", verb, stored.get(0), stored.get(1))))
			.containsExactly(ids.get(1));
		String offset = Instant.parse(stored.get(0)).atOffset(java.time.ZoneOffset.ofHours(2)).toString();
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}&since={s}", verb, offset)))
			.containsExactly(ids.get(2), ids.get(1));
	}

	@Test
	@DisplayName("Newest first by default, oldest first with ascending=true (Communication 2.1.3)")
	void order_descendingUnlessAscending() throws Exception {
		String verb = TestStatements.verbId();
		List<String> posted = this.lrs.post(
				TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()),
				TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()),
				TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId()));

		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}&ascending=true", verb)))
			.containsExactlyElementsOf(posted);
		List<String> reversed = new ArrayList<>(posted);
		Collections.reverse(reversed);
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}", verb))).containsExactlyElementsOf(reversed);
	}

	@Test
	@DisplayName("limit pages the result; more links lead through all pages, without repeats, and are relative "
			+ "(Data 2.5, XAPI-00108, XAPI-00111)")
	void limit_pagesThroughMoreLinks() throws Exception {
		String verb = TestStatements.verbId();
		List<String> posted = postMany(verb, 7);

		JsonNode first = this.lrs.getJson("?verb={v}&limit=3", verb);

		assertThat(first.get("statements")).hasSize(3);
		String more = first.get("more").stringValue();
		assertThat(more).startsWith("/xapi/statements?").contains("cursor=").contains("limit=3");
		List<String> all = this.lrs.allPages(first);
		List<String> newestFirst = new ArrayList<>(posted);
		Collections.reverse(newestFirst);
		assertThat(all).containsExactlyElementsOf(newestFirst);

		assertThat(this.lrs.allPages(this.lrs.getJson("?verb={v}&limit=2&ascending=true", verb)))
			.containsExactlyElementsOf(posted);
	}

	@Test
	@DisplayName("Statements stored between pages neither shift nor join the pages of a query (Data 2.5)")
	void morePages_stableWhileStatementsArrive() throws Exception {
		String verb = TestStatements.verbId();
		List<String> posted = postMany(verb, 4);
		JsonNode first = this.lrs.getJson("?verb={v}&limit=2", verb);

		postMany(verb, 3);

		List<String> pages = this.lrs.allPages(first);
		assertThat(pages).containsExactly(posted.get(3), posted.get(2), posted.get(1), posted.get(0));
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}", verb))).hasSize(7);
	}

	@Test
	@DisplayName("limit=0 means the server maximum; the last page has an empty more (Communication 2.1.3)")
	void limitZero_returnsAllUpToMaximum() throws Exception {
		String verb = TestStatements.verbId();
		postMany(verb, 3);

		JsonNode result = this.lrs.getJson("?verb={v}&limit=0", verb);

		assertThat(result.get("statements")).hasSize(3);
		assertThat(result.get("more").stringValue()).isEmpty();
	}

	@Test
	@DisplayName("A cursor used with other filters, or altered, is 400")
	void cursor_otherFiltersOrAltered_returns400() throws Exception {
		String verb = TestStatements.verbId();
		postMany(verb, 3);
		String more = this.lrs.getJson("?verb={v}&limit=1", verb).get("more").stringValue();
		String cursor = more.substring(more.indexOf("cursor=") + "cursor=".length());

		this.lrs.get("?verb={v}&limit=1&cursor={c}", TestStatements.verbId(), cursor)
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.message").value(org.hamcrest.Matchers.startsWith("cursor:")));
		this.lrs.get("?verb={v}&limit=1&cursor={c}", verb, "x" + cursor).andExpect(status().isBadRequest());
		this.lrs.get("?verb={v}&limit=1&cursor={c}", verb, cursor).andExpect(status().isOk());
	}

	@Test
	@DisplayName("Last-Modified of a StatementResult is the newest stored among its Statements (Communication "
			+ "2.1.3)")
	void lastModified_isNewestStored() throws Exception {
		String verb = TestStatements.verbId();
		postMany(verb, 2);

		String lastModified = this.lrs.get("?verb={v}", verb)
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getHeader("Last-Modified");

		assertThat(lastModified).isNotNull();
		this.lrs.get("?verb={v}", TestStatements.verbId())
			.andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.header()
				.doesNotExist("Last-Modified"));
	}

	@Test
	@DisplayName("A Statement whose StatementRef targets a matching Statement matches too; time filters apply to "
			+ "it alone (Communication 2.1.3 Filter Conditions for StatementRefs)")
	void statementRef_matchesThroughTarget() throws Exception {
		String ben = TestStatements.mbox();
		String passed = TestStatements.verbId();
		String original = this.lrs.postOne(TestStatements.statement(ben, passed, TestStatements.activityId()));
		String confirmedVerb = TestStatements.verbId();
		String confirmation = this.lrs
			.postOne(TestStatements.referring(TestStatements.mbox(), confirmedVerb, original));

		String agent = TestStatements.text(TestStatements.agent(ben));
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={a}", agent))).containsExactly(confirmation,
				original);
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}", passed))).containsExactly(confirmation,
				original);
		assertThat(StatementRequests.ids(this.lrs.getJson("?verb={v}", confirmedVerb))).containsExactly(confirmation);
		String storedOriginal = this.lrs.statement(original).get("stored").stringValue();
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={a}&until={u}", agent, storedOriginal)))
			.containsExactly(original);
	}

	@Test
	@DisplayName("StatementRef matching is recursive and works when the target arrives later (Communication 2.1.3)")
	void statementRef_recursiveAndForward() throws Exception {
		String learner = TestStatements.mbox();
		String targetId = java.util.UUID.randomUUID().toString();
		String middle = this.lrs
			.postOne(TestStatements.referring(TestStatements.mbox(), TestStatements.verbId(), targetId));
		String top = this.lrs.postOne(TestStatements.referring(TestStatements.mbox(), TestStatements.verbId(), middle));
		String agent = TestStatements.text(TestStatements.agent(learner));
		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={a}", agent))).isEmpty();

		this.lrs.postOne(TestStatements
			.withId(TestStatements.statement(learner, TestStatements.verbId(), TestStatements.activityId()), targetId));

		assertThat(StatementRequests.ids(this.lrs.getJson("?agent={a}", agent))).containsExactly(targetId, top, middle);
	}

	@Test
	@DisplayName("A StatementRef in context.statement does not make a Statement match (Communication 2.1.3)")
	void contextStatementRef_doesNotMatch() throws Exception {
		String learner = TestStatements.mbox();
		String original = this.lrs
			.postOne(TestStatements.statement(learner, TestStatements.verbId(), TestStatements.activityId()));
		ObjectNode withContextRef = TestStatements.statement();
		ObjectNode ref = withContextRef.putObject("context").putObject("statement");
		ref.put("objectType", "StatementRef");
		ref.put("id", original);
		this.lrs.postOne(withContextRef);

		assertThat(StatementRequests
			.ids(this.lrs.getJson("?agent={a}", TestStatements.text(TestStatements.agent(learner)))))
			.containsExactly(original);
	}

	@Test
	@DisplayName("StatementRef matches page correctly together with direct matches")
	void statementRef_pagesWithDirectMatches() throws Exception {
		String learner = TestStatements.mbox();
		List<String> expected = new ArrayList<>();
		for (int i = 0; i < 3; i++) {
			String original = this.lrs
				.postOne(TestStatements.statement(learner, TestStatements.verbId(), TestStatements.activityId()));
			expected.add(original);
			expected.add(this.lrs
				.postOne(TestStatements.referring(TestStatements.mbox(), TestStatements.verbId(), original)));
		}
		Collections.reverse(expected);

		JsonNode first = this.lrs.getJson("?agent={a}&limit=2", TestStatements.text(TestStatements.agent(learner)));

		assertThat(this.lrs.allPages(first)).containsExactlyElementsOf(expected);
	}

	private List<String> postMany(String verb, int count) throws Exception {
		List<String> ids = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			ids.add(this.lrs
				.postOne(TestStatements.statement(TestStatements.mbox(), verb, TestStatements.activityId())));
		}
		return ids;
	}

}
