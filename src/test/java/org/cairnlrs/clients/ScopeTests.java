/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class ScopeTests {

	@Test
	void parseList_acceptsSpacesAndCommas() {
		assertThat(Scope.parseList("statements/write, statements/read/mine  state"))
			.containsExactlyInAnyOrder(Scope.STATEMENTS_WRITE, Scope.STATEMENTS_READ_MINE, Scope.STATE);
	}

	@Test
	void parseList_namesAnUnknownScope() {
		assertThatIllegalArgumentException().isThrownBy(() -> Scope.parseList("statements/write everything"))
			.withMessageContaining("'everything'");
	}

	@Test
	void client_allReadGrantsReadsButNoWrites() {
		Client client = new Client(1, "reader", java.util.EnumSet.of(Scope.ALL_READ), null, java.time.Instant.now());

		assertThat(client.mayRead(Scope.STATEMENTS_READ)).isTrue();
		assertThat(client.mayWrite(Scope.STATEMENTS_WRITE)).isFalse();
	}

}
