/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * What every xAPI request goes through: version negotiation and the one way errors are
 * answered.
 */
package org.cairnlrs.api;
