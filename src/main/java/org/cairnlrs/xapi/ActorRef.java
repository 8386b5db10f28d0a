/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

/**
 * An Agent or Identified Group a Statement refers to, for the {@code agent} filter of GET
 * /statements (Communication 2.1.3).
 *
 * @param ifiKey the {@link Ifi#key()} of the Agent or Group
 * @param related false when the {@code agent} filter matches it on its own (the actor or
 * the object, or a member of a Group there); true when only {@code related_agents=true}
 * matches it (authority, instructor, team, context agents and groups, and everything
 * inside a SubStatement)
 */
public record ActorRef(String ifiKey, boolean related) {
}
