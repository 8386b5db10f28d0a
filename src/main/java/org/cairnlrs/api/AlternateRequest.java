/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.api;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A request sent in the alternate request syntax, seen as the request it stands for: its
 * method, the headers and parameters carried in the form, and the form's {@code content}
 * as the body.
 */
class AlternateRequest extends HttpServletRequestWrapper {

	private final String method;

	private final Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);

	private final Map<String, String[]> parameters = new LinkedHashMap<>();

	private final byte[] body;

	AlternateRequest(HttpServletRequest request, String method, Map<String, String> headers,
			Map<String, String> parameters, String content) {
		super(request);
		this.method = method;
		this.headers.putAll(headers);
		parameters.forEach((name, value) -> this.parameters.put(name, new String[] { value }));
		this.body = (content != null) ? content.getBytes(StandardCharsets.UTF_8) : new byte[0];
		if (!this.headers.containsKey("Content-Type") && content != null) {
			this.headers.put("Content-Type", "application/json");
		}
		this.headers.put("Content-Length", Integer.toString(this.body.length));
	}

	@Override
	public String getMethod() {
		return this.method;
	}

	@Override
	public String getHeader(String name) {
		if (this.headers.containsKey(name) || describesBody(name)) {
			return this.headers.get(name);
		}
		return super.getHeader(name);
	}

	@Override
	public Enumeration<String> getHeaders(String name) {
		if (this.headers.containsKey(name) || describesBody(name)) {
			String value = this.headers.get(name);
			return Collections.enumeration((value != null) ? List.of(value) : List.of());
		}
		return super.getHeaders(name);
	}

	@Override
	public Enumeration<String> getHeaderNames() {
		Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
		names.addAll(Collections.list(super.getHeaderNames()));
		names.removeIf(AlternateRequest::describesBody);
		names.addAll(this.headers.keySet());
		return Collections.enumeration(names);
	}

	private static boolean describesBody(String name) {
		return name.equalsIgnoreCase("Content-Type") || name.equalsIgnoreCase("Content-Length");
	}

	@Override
	public String getContentType() {
		return this.headers.get("Content-Type");
	}

	@Override
	public int getContentLength() {
		return this.body.length;
	}

	@Override
	public long getContentLengthLong() {
		return this.body.length;
	}

	@Override
	public String getQueryString() {
		return null;
	}

	@Override
	public String getParameter(String name) {
		String[] values = this.parameters.get(name);
		return (values != null) ? values[0] : null;
	}

	@Override
	public Map<String, String[]> getParameterMap() {
		return Collections.unmodifiableMap(this.parameters);
	}

	@Override
	public Enumeration<String> getParameterNames() {
		return Collections.enumeration(this.parameters.keySet());
	}

	@Override
	public String[] getParameterValues(String name) {
		return this.parameters.get(name);
	}

	@Override
	public ServletInputStream getInputStream() {
		ByteArrayInputStream in = new ByteArrayInputStream(this.body);
		return new ServletInputStream() {

			@Override
			public int read() {
				return in.read();
			}

			@Override
			public int read(byte[] buffer, int offset, int length) {
				return in.read(buffer, offset, length);
			}

			@Override
			public boolean isFinished() {
				return in.available() == 0;
			}

			@Override
			public boolean isReady() {
				return true;
			}

			@Override
			public void setReadListener(ReadListener listener) {
				throw new UnsupportedOperationException("The body of an alternate request is read synchronously");
			}

		};
	}

	@Override
	public BufferedReader getReader() {
		return new BufferedReader(new InputStreamReader(getInputStream(), StandardCharsets.UTF_8));
	}

}
