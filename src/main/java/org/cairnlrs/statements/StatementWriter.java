/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.Collection;
import java.util.List;

import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.attachments.AttachmentPart;
import org.cairnlrs.database.Transactions;
import org.cairnlrs.xapi.XapiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Stores prepared Statements in one write transaction. When another write stores one of
 * the same ids between this write's duplicate check and its insert (possible with several
 * nodes on one database), the insert fails on the unique id; the transaction then runs
 * again, sees the other Statement and answers as for any stored id: no change, or 409. A
 * transient conflict with a concurrent transaction (a deadlock) runs it again too.
 */
@Service
class StatementWriter {

	private final StatementRecorder recorder;

	private final Transactions transactions;

	StatementWriter(StatementRecorder recorder, Transactions transactions) {
		this.recorder = recorder;
		this.transactions = transactions;
	}

	void store(List<IncomingStatement> batch, Collection<AttachmentPart> parts, Client client) {
		boolean mayDefine = client.mayWrite(Scope.DEFINE);
		try {
			this.transactions.writeRetryingDuplicateKeys((status) -> {
				this.recorder.record(batch, parts, client.id(), mayDefine);
				return null;
			});
		}
		catch (DuplicateKeyException stillConcurrent) {
			throw XapiException
				.conflict("Other requests keep storing Statements with the same ids; " + "send this request again");
		}
	}

}
