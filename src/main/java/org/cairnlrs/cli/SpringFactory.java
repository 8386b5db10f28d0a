/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.cli;

import picocli.CommandLine;

import org.springframework.context.ConfigurableApplicationContext;

/**
 * Lets picocli build command objects with the application's services injected.
 */
class SpringFactory implements CommandLine.IFactory {

	private final ConfigurableApplicationContext context;

	SpringFactory(ConfigurableApplicationContext context) {
		this.context = context;
	}

	@Override
	public <K> K create(Class<K> type) throws Exception {
		if (type.isAnnotationPresent(CommandLine.Command.class)) {
			return this.context.getAutowireCapableBeanFactory().createBean(type);
		}
		return CommandLine.defaultFactory().create(type);
	}

}
