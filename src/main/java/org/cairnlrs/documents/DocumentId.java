/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.documents;

import java.time.Instant;

/**
 * One entry of a document list: its id and when it was last written.
 *
 * @param id the {@code stateId} or {@code profileId}
 * @param updated when it was last written
 */
record DocumentId(String id, Instant updated) {
}
