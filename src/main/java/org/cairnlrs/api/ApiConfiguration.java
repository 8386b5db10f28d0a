/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.util.EnumSet;
import java.util.Optional;

import org.cairnlrs.xapi.XapiVersion;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.security.autoconfigure.web.servlet.SecurityFilterProperties;
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

	/**
	 * Right after Spring Security's filters, which know the caller, and before anything
	 * reads the request.
	 */
	static final int VERSION_REFUSAL_ORDER = SecurityFilterProperties.DEFAULT_FILTER_ORDER + 10;

	/** Every version this LRS speaks, on every request: the header chooses. */
	static final EnumSet<XapiVersion> SUPPORTED = EnumSet.allOf(XapiVersion.class);

	@Bean
	FilterRegistrationBean<AlternateRequestSyntaxFilter> alternateRequestSyntaxFilter(XapiProperties properties) {
		var registration = new FilterRegistrationBean<>(new AlternateRequestSyntaxFilter());
		registration.addUrlPatterns(properties.basePath() + "/*");
		registration.setOrder(VERSION_FILTER_ORDER - 1);
		return registration;
	}

	@Bean
	FilterRegistrationBean<XapiVersionFilter> xapiVersionFilter(XapiProperties properties) {
		XapiVersionFilter filter = new XapiVersionFilter(properties.basePath(), SUPPORTED);
		FilterRegistrationBean<XapiVersionFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(properties.basePath() + "/*");
		registration.setOrder(VERSION_FILTER_ORDER);
		return registration;
	}

	@Bean
	FilterRegistrationBean<VersionRefusalFilter> versionRefusalFilter(XapiProperties properties,
			ObjectProvider<CallerVersions> callers) {
		CallerVersions known = callers.getIfAvailable(() -> (request) -> Optional.empty());
		VersionRefusalFilter filter = new VersionRefusalFilter(known, XapiVersion.newest());
		FilterRegistrationBean<VersionRefusalFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(properties.basePath() + "/*");
		registration.setOrder(VERSION_REFUSAL_ORDER);
		return registration;
	}

}
