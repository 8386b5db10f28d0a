/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.clients;

/**
 * A client just made, with its secret in the clear: the only moment the secret is known.
 *
 * @param client the client
 * @param secret its secret
 * @param secretGenerated whether the LRS chose the secret
 */
public record CreatedClient(Client client, String secret, boolean secretGenerated) {
}
