/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.EnumSet;

import org.cairnlrs.xapi.XapiVersion;

import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication
class ApiConfiguration {

	/**
	 * Before Spring Security's filters, so that every answer carries the version header.
	 */
	static final int VERSION_FILTER_ORDER = Ordered.HIGHEST_PRECEDENCE + 20;

	@Bean
	FilterRegistrationBean<AlternateRequestSyntaxFilter> alternateRequestSyntaxFilter(XapiProperties properties) {
		var registration = new FilterRegistrationBean<>(new AlternateRequestSyntaxFilter());
		registration.addUrlPatterns(properties.basePath() + "/*");
		registration.setOrder(VERSION_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<XapiVersionFilter> xapiVersionFilter(XapiProperties properties) {
		XapiVersionFilter filter = new XapiVersionFilter(properties.basePath(), EnumSet.of(XapiVersion.V1_0_3));
		FilterRegistrationBean<XapiVersionFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(properties.basePath() + "/*");
		registration.setOrder(VERSION_FILTER_ORDER);
		return registration;
	}

}
