/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SecretDigestTests {

	@Test
	void digest_matchesOnlyTheSameSecret() {
		String stored = SecretDigest.digest("correct horse");

		assertThat(SecretDigest.matches("correct horse", stored)).isTrue();
		assertThat(SecretDigest.matches("correct horse ", stored)).isFalse();
		assertThat(SecretDigest.matches("", stored)).isFalse();
	}

	@Test
	void digest_isSaltedSoEqualSecretsStoreDifferently() {
		assertThat(SecretDigest.digest("same")).isNotEqualTo(SecretDigest.digest("same"));
	}

	@Test
	void matches_rejectsAStoredFormItDoesNotKnow() {
		assertThat(SecretDigest.matches("secret", "{bcrypt}$2a$10$abc")).isFalse();
	}

	@Test
	void generate_makesDistinctSecretsFromTheUnambiguousAlphabet() {
		String a = SecretDigest.generate(32);
		String b = SecretDigest.generate(32);

		assertThat(a).hasSize(32).matches("[A-HJ-NP-Za-km-z2-9]+");
		assertThat(a).isNotEqualTo(b);
	}

}
