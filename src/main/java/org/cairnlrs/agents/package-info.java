/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Agents resource (Communication 2.4): what the LRS has seen of each Agent in
 * Statements, served as a Person object.
 */
package org.cairnlrs.agents;
