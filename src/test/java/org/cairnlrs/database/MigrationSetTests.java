/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.database;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every vendor has the same migrations, by version and name, so that a database of any
 * vendor holds the same tables after the same release.
 */
class MigrationSetTests {

	@Test
	void everyVendor_hasTheMigrationsOfSqlite() throws IOException {
		List<String> sqlite = migrations(DatabaseVendor.SQLITE);

		assertThat(sqlite).isNotEmpty();
		assertThat(migrations(DatabaseVendor.POSTGRESQL)).containsExactlyElementsOf(sqlite);
		assertThat(migrations(DatabaseVendor.MARIADB)).containsExactlyElementsOf(sqlite);
	}

	/** The versioned migration scripts of a vendor, by version. */
	static List<String> migrations(DatabaseVendor vendor) throws IOException {
		String pattern = vendor.migrationLocation().replace("classpath:", "classpath*:") + "/V*.sql";
		Resource[] resources = new PathMatchingResourcePatternResolver().getResources(pattern);
		return Arrays.stream(resources)
			.map(Resource::getFilename)
			.sorted((a, b) -> Integer.compare(version(a), version(b)))
			.toList();
	}

	private static int version(String script) {
		return Integer.parseInt(script.substring(1, script.indexOf("__")));
	}

}
