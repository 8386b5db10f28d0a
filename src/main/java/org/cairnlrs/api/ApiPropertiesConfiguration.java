/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * The endpoint's settings, bound in every mode: console commands print and use the
 * endpoint's address too.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({ XapiProperties.class, CorsProperties.class })
class ApiPropertiesConfiguration {

}
