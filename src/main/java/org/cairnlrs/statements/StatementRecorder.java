/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import tools.jackson.databind.node.ObjectNode;
import org.cairnlrs.activities.ActivityService;
import org.cairnlrs.agents.AgentService;
import org.cairnlrs.attachments.AttachmentPart;
import org.cairnlrs.attachments.AttachmentRepository;
import org.cairnlrs.xapi.ActivityRef;
import org.cairnlrs.xapi.ActorRef;
import org.cairnlrs.xapi.StatementComparator;
import org.cairnlrs.xapi.XapiException;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Stores a prepared batch of Statements inside the caller's write transaction
 * ({@link StatementWriter}): all of it or nothing (Communication 3.2). Statements whose
 * id is already stored are compared with the stored one: the same Statement again changes
 * nothing, a different one fails the whole batch with 409 (Communication 2.1.1, 2.1.2).
 */
@Service
class StatementRecorder {

	// A StatementRef chain longer than this is not followed further.
	private static final int MAX_CHAIN = 64;

	private final StatementCommands commands;

	private final WritesInFlight writes;

	private final ActivityService activities;

	private final AgentService agents;

	private final AttachmentRepository attachments;

	StatementRecorder(StatementCommands commands, WritesInFlight writes, ActivityService activities,
			AgentService agents, AttachmentRepository attachments) {
		this.commands = commands;
		this.writes = writes;
		this.activities = activities;
		this.agents = agents;
		this.attachments = attachments;
	}

	/**
	 * Stores the batch; runs inside a write transaction, which may run it again.
	 * @param batch the prepared Statements
	 * @param parts the attachment data sent with them, kept once per hash
	 * @param clientId the client that sends them
	 * @param mayDefine whether the client may update canonical Activity definitions
	 * @throws XapiException 409 when an id is stored with a different Statement
	 */
	void record(List<IncomingStatement> batch, Collection<AttachmentPart> parts, long clientId, boolean mayDefine) {
		registerInFlight();
		long stored = this.commands.advanceClock(System.currentTimeMillis());

		List<IncomingStatement> fresh = withoutStoredDuplicates(batch);
		if (fresh.isEmpty()) {
			return;
		}

		Map<String, Long> seqs = insertStatements(fresh, stored, clientId);
		insertIndexRows(fresh, seqs);
		insertRefChains(fresh, seqs);
		parts.forEach(this.attachments::save);
		voidTargets(fresh);
		this.activities.mergeDefinitions(fresh.stream().flatMap((s) -> s.activities().stream()).toList(), mayDefine);
		this.agents.recordAgents(fresh.stream().flatMap((s) -> s.agents().stream()).toList());
	}

	private void registerInFlight() {
		Object token = this.writes.begin();
		TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {

			@Override
			public void afterCompletion(int status) {
				StatementRecorder.this.writes.end(token);
			}

		});
	}

	// Spec: Communication 2.1.1: a Statement with a stored id changes nothing; 409 when
	// it differs, compared by the rules of the sender's version (Data 2.3.1; 2.0 LRS
	// 4.2).
	private List<IncomingStatement> withoutStoredDuplicates(List<IncomingStatement> batch) {
		Map<String, String> existing = this.commands.findPayloads(batch.stream().map(IncomingStatement::id).toList());
		List<IncomingStatement> fresh = new ArrayList<>(batch.size());
		for (IncomingStatement statement : batch) {
			String payload = existing.get(statement.id());
			if (payload == null) {
				fresh.add(statement);
			}
			else if (!StatementComparator.sameAsStored(StatementJson.readStored(payload), statement.statement(),
					statement.version())) {
				throw XapiException.conflict("A different Statement with id " + statement.id()
						+ " is already stored; Statements cannot be changed (Data 2.3.1)");
			}
		}
		return fresh;
	}

	private Map<String, Long> insertStatements(List<IncomingStatement> fresh, long stored, long clientId) {
		Set<String> voided = voidedOnArrival(fresh);
		String storedText = StoredTimes.format(stored);
		List<Object[]> rows = new ArrayList<>(fresh.size());
		for (IncomingStatement statement : fresh) {
			rows.add(
					new Object[] { statement.id(), stored, statement.index().verbId(), statement.index().registration(),
							voided.contains(statement.id()) ? 1 : 0, statement.voidingTarget(), statement.refTarget(),
							clientId, StatementJson.write(withStoredTime(statement.statement(), storedText)) });
		}
		return this.commands.insertStatements(rows, fresh.stream().map(IncomingStatement::id).toList());
	}

	// A copy, so that a write tried again starts from the Statement as prepared.
	private static ObjectNode withStoredTime(ObjectNode prepared, String stored) {
		ObjectNode statement = prepared.objectNode();
		prepared.properties().forEach((property) -> statement.set(property.getKey(), property.getValue()));
		statement.put("stored", stored);
		// Spec: Data 2.4.7: a missing timestamp is set to the stored value.
		if (!statement.has("timestamp")) {
			statement.put("timestamp", stored);
		}
		return statement;
	}

	/**
	 * The Statements of the batch that are voided as they arrive: targets of stored
	 * voiding Statements or of voiding Statements earlier or later in the batch. A
	 * voiding Statement is never voided (Data 2.3.2).
	 */
	private Set<String> voidedOnArrival(List<IncomingStatement> fresh) {
		List<String> candidates = fresh.stream().filter((s) -> !s.voiding()).map(IncomingStatement::id).toList();
		Set<String> voided = new HashSet<>(this.commands.findVoidedIds(candidates));
		Set<String> targetsInBatch = new HashSet<>();
		fresh.stream().filter(IncomingStatement::voiding).forEach((s) -> targetsInBatch.add(s.voidingTarget()));
		candidates.stream().filter(targetsInBatch::contains).forEach(voided::add);
		return voided;
	}

	// Two rows for what the plain filter matches (related 0 and 1), one for what only
	// the related_* filters match (docs/storage.md).
	private void insertIndexRows(List<IncomingStatement> fresh, Map<String, Long> seqs) {
		List<Object[]> actors = new ArrayList<>();
		List<Object[]> activityRows = new ArrayList<>();
		for (IncomingStatement statement : fresh) {
			long seq = seqs.get(statement.id());
			for (ActorRef actor : statement.index().actors()) {
				if (!actor.related()) {
					actors.add(new Object[] { actor.ifiKey(), 0, seq });
				}
				actors.add(new Object[] { actor.ifiKey(), 1, seq });
			}
			for (ActivityRef activity : statement.index().activities()) {
				if (!activity.related()) {
					activityRows.add(new Object[] { activity.activityId(), 0, seq });
				}
				activityRows.add(new Object[] { activity.activityId(), 1, seq });
			}
		}
		this.commands.insertActors(actors);
		this.commands.insertActivities(activityRows);
	}

	/**
	 * Records, for each new Statement whose object is a StatementRef, every Statement its
	 * chain of StatementRefs reaches, so that queries can match a Statement through its
	 * targets (Communication 2.1.3 "Filter Conditions for StatementRefs"). Stored
	 * Statements whose chains reached a new Statement that is itself a StatementRef
	 * continue along its chain.
	 */
	private void insertRefChains(List<IncomingStatement> fresh, Map<String, Long> seqs) {
		Map<String, String> batchTargets = new LinkedHashMap<>();
		fresh.stream().filter((s) -> s.refTarget() != null).forEach((s) -> batchTargets.put(s.id(), s.refTarget()));
		if (batchTargets.isEmpty()) {
			return;
		}

		Map<String, Set<String>> chains = chains(batchTargets);
		Map<String, List<Long>> storedReferrers = this.commands.findReferrers(chains.keySet());
		List<Object[]> rows = new ArrayList<>();
		chains.forEach((id, chain) -> chain.forEach((target) -> rows.add(new Object[] { seqs.get(id), target })));
		this.commands.insertRefs(rows);

		List<Object[]> extended = new ArrayList<>();
		storedReferrers.forEach((id, referrers) -> referrers.forEach(
				(referrer) -> chains.get(id).forEach((target) -> extended.add(new Object[] { referrer, target }))));
		this.commands.insertRefsIgnoringDuplicates(extended);
	}

	// Follows the chains one step at a time, all Statements at once per step.
	private Map<String, Set<String>> chains(Map<String, String> batchTargets) {
		Map<String, Set<String>> chains = new LinkedHashMap<>();
		Map<String, String> last = new LinkedHashMap<>();
		batchTargets.forEach((id, target) -> {
			chains.computeIfAbsent(id, (key) -> new LinkedHashSet<>()).add(target);
			last.put(id, target);
		});

		for (int step = 1; step < MAX_CHAIN && !last.isEmpty(); step++) {
			Map<String, String> next = nextTargets(last.values(), batchTargets);
			Map<String, String> advanced = new LinkedHashMap<>();
			last.forEach((id, target) -> {
				String further = next.get(target);
				if (further != null && !further.equals(id) && chains.get(id).add(further)) {
					advanced.put(id, further);
				}
			});
			last.clear();
			last.putAll(advanced);
		}
		return chains;
	}

	private Map<String, String> nextTargets(Iterable<String> targets, Map<String, String> batchTargets) {
		Set<String> unknown = new LinkedHashSet<>();
		Map<String, String> next = new LinkedHashMap<>();
		for (String target : targets) {
			if (batchTargets.containsKey(target)) {
				next.put(target, batchTargets.get(target));
			}
			else {
				unknown.add(target);
			}
		}
		next.putAll(this.commands.findRefTargets(unknown));
		return next;
	}

	// Spec: Data 2.3.2: the targets stored before this batch; a voiding Statement
	// targeting
	// a voiding Statement, or a missing one, is accepted and voids nothing.
	private void voidTargets(List<IncomingStatement> fresh) {
		Set<String> targets = new LinkedHashSet<>();
		fresh.stream().filter(IncomingStatement::voiding).forEach((s) -> targets.add(s.voidingTarget()));
		if (!targets.isEmpty()) {
			this.commands.voidStatements(targets);
		}
	}

}
