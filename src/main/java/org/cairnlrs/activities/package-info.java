/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
/**
 * The Activities resource (Communication 2.5) and the canonical Activity definitions that
 * Statements keep up to date under the {@code define} scope.
 */
package org.cairnlrs.activities;
