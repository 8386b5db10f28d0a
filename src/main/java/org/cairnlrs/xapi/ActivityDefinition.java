/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

import tools.jackson.databind.JsonNode;

/**
 * An Activity definition as a Statement carries it, input for the LRS's canonical
 * definition of that Activity (Data 2.4.4.1 "LRS Requirements", Communication 2.5).
 *
 * @param activityId the Activity id
 * @param definition a copy of the {@code definition} object as received
 */
public record ActivityDefinition(String activityId, JsonNode definition) {
}
