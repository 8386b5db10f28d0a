/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import java.util.List;

import org.cairnlrs.clients.Client;
import org.cairnlrs.clients.Scope;
import org.cairnlrs.xapi.XapiException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Stores prepared Statements. When another write stores one of the same ids between this
 * write's duplicate check and its insert (possible with several nodes on one database),
 * the insert fails on the unique id; the write is then tried once more, and that attempt
 * sees the other Statement and answers as for any stored id: no change, or 409.
 */
@Service
class StatementWriter {

	private final StatementRecorder recorder;

	StatementWriter(StatementRecorder recorder) {
		this.recorder = recorder;
	}

	void store(List<IncomingStatement> batch, Client client) {
		boolean mayDefine = client.mayWrite(Scope.DEFINE);
		try {
			this.recorder.record(batch, client.id(), mayDefine);
		}
		catch (DuplicateKeyException concurrent) {
			retry(batch, client, mayDefine);
		}
	}

	private void retry(List<IncomingStatement> batch, Client client, boolean mayDefine) {
		try {
			this.recorder.record(batch, client.id(), mayDefine);
		}
		catch (DuplicateKeyException stillConcurrent) {
			throw XapiException
				.conflict("Another request is storing Statements with the same ids; " + "send this request again");
		}
	}

}
