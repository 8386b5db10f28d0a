/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.about;

import org.cairnlrs.support.LrsTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.contains;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * About (1.0.3 Communication 2.8, 2.0 LRS 4.1.6.7) lists both versions, and answers
 * without credentials and without a version header.
 */
@LrsTest
class AboutControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void about_withoutCredentialsOrVersion_listsBothVersions() throws Exception {
		this.mvc.perform(get("/xapi/about"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Experience-API-Version", "2.0.0"))
			.andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_JSON))
			.andExpect(jsonPath("$.version", contains("1.0.3", "2.0.0")))
			.andExpect(jsonPath("$.extensions['" + AboutController.SERVER_EXTENSION + "'].name").value("Cairn LRS"));
	}

	@ParameterizedTest
	@CsvSource({ "1.0.3, 1.0.3", "1.0, 1.0.3", "2.0.0, 2.0.0", "2.0, 2.0.0" })
	void about_answersInTheVersionAskedFor(String asked, String answered) throws Exception {
		this.mvc.perform(get("/xapi/about").header("X-Experience-API-Version", asked))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Experience-API-Version", answered))
			.andExpect(jsonPath("$.version", contains("1.0.3", "2.0.0")));
	}

	@Test
	void about_head_answersWithVersionHeader() throws Exception {
		this.mvc.perform(head("/xapi/about").header("X-Experience-API-Version", "1.0.3"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Experience-API-Version", "1.0.3"));
	}

}
