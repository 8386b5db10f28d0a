/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.statements;

import org.cairnlrs.api.XapiProperties;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StatementsProperties.class)
class StatementsConfiguration {

	/** Before the version filter, so that its 400 answers carry the header too. */
	static final int CONSISTENT_THROUGH_ORDER = Ordered.HIGHEST_PRECEDENCE + 10;

	/**
	 * After authentication (Spring Security's filters run at -100), before Spring MVC.
	 */

	@Bean
	@ConditionalOnWebApplication
	FilterRegistrationBean<ConsistentThroughFilter> consistentThroughFilter(XapiProperties xapi,
			WritesInFlight writes) {
		FilterRegistrationBean<ConsistentThroughFilter> registration = new FilterRegistrationBean<>(
				new ConsistentThroughFilter(writes));
		registration.addUrlPatterns(xapi.basePath() + "/statements");
		registration.setOrder(CONSISTENT_THROUGH_ORDER);
		return registration;
	}

}
