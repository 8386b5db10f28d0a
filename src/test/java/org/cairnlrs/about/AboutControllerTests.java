/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.about;

import org.cairnlrs.support.LrsTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.head;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * About (Communication 2.8) answers without credentials and without a version header.
 */
@LrsTest
class AboutControllerTests {

	@Autowired
	MockMvc mvc;

	@Test
	void about_withoutCredentialsOrVersion_listsVersions() throws Exception {
		this.mvc.perform(get("/xapi/about"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Experience-API-Version", "1.0.3"))
			.andExpect(jsonPath("$.version[0]").value("1.0.3"))
			.andExpect(jsonPath("$.extensions['" + AboutController.SERVER_EXTENSION + "'].name").value("Cairn LRS"));
	}

	@Test
	void about_head_answersWithVersionHeader() throws Exception {
		this.mvc.perform(head("/xapi/about"))
			.andExpect(status().isOk())
			.andExpect(header().string("X-Experience-API-Version", "1.0.3"));
	}

}
