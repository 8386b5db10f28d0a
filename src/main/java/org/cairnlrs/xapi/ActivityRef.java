/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

/**
 * An Activity a Statement refers to, for the {@code activity} filter of GET /statements
 * (Communication 2.1.3).
 *
 * @param activityId the Activity id (an IRI, compared as a string)
 * @param related false for the Statement's object, which the {@code activity} filter
 * matches on its own; true for context Activities and the Activities of a SubStatement,
 * which only {@code related_activities=true} matches
 */
public record ActivityRef(String activityId, boolean related) {
}
