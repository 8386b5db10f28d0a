/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The About resource.
 */
package org.cairnlrs.about;
