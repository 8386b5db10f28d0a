/*
 * Copyright 2026 the Cairn LRS authors.
 * SPDX-License-Identifier: Apache-2.0
 */
package org.cairnlrs.xapi;

/**
 * Syntax check for absolute IRIs (RFC 3987). xAPI requires a scheme on every IRI and IRL
 * (Data 2.2) and lets the LRS validate them on a best-effort basis; this check follows
 * the RFC grammar for the scheme, the allowed characters, percent-encoding, the authority
 * and the single fragment, but does not resolve or normalize anything (Data 3.1).
 */
final class Iris {

	private Iris() {
	}

	static boolean isAbsoluteIri(String value) {
		if (value == null) {
			return false;
		}
		int colon = value.indexOf(':');
		if (colon < 1 || !isScheme(value.substring(0, colon))) {
			return false;
		}

		String rest = value.substring(colon + 1);
		int fragment = rest.indexOf('#');
		if (fragment >= 0 && rest.indexOf('#', fragment + 1) >= 0) {
			return false;
		}
		return hasValidCharacters(rest) && hasValidAuthority(rest);
	}

	private static boolean isScheme(String scheme) {
		if (!isAsciiLetter(scheme.charAt(0))) {
			return false;
		}
		for (int i = 1; i < scheme.length(); i++) {
			char c = scheme.charAt(i);
			if (!isAsciiLetter(c) && !isAsciiDigit(c) && c != '+' && c != '-' && c != '.') {
				return false;
			}
		}
		return true;
	}

	private static boolean hasValidCharacters(String rest) {
		int i = 0;
		while (i < rest.length()) {
			int cp = rest.codePointAt(i);
			if (cp == '%') {
				if (i + 2 >= rest.length() || !isHex(rest.charAt(i + 1)) || !isHex(rest.charAt(i + 2))) {
					return false;
				}
				i += 3;
				continue;
			}
			if (!isAllowed(cp)) {
				return false;
			}
			i += Character.charCount(cp);
		}
		return true;
	}

	// RFC 3987 2.2: iunreserved, sub-delims, gen-delims and ucschar/iprivate.
	private static boolean isAllowed(int cp) {
		if (cp < 0x80) {
			return isAsciiLetter(cp) || isAsciiDigit(cp) || "-._~!$&'()*+,;=:@/?#[]".indexOf(cp) >= 0;
		}
		if (cp < 0xA0 || (cp >= 0xD800 && cp <= 0xDFFF)) {
			return false;
		}
		// Noncharacters are neither ucschar nor iprivate.
		return (cp & 0xFFFE) != 0xFFFE && !(cp >= 0xFDD0 && cp <= 0xFDEF);
	}

	// Brackets may only enclose an IP literal host, and a port is digits only (RFC 3986
	// 3.2).
	private static boolean hasValidAuthority(String rest) {
		if (!rest.startsWith("//")) {
			return rest.indexOf('[') < 0 && rest.indexOf(']') < 0;
		}
		int end = 2;
		while (end < rest.length() && "/?#".indexOf(rest.charAt(end)) < 0) {
			end++;
		}
		if (rest.indexOf('[', end) >= 0 || rest.indexOf(']', end) >= 0) {
			return false;
		}

		String authority = rest.substring(2, end);
		String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
		String userInfo = authority.substring(0, authority.length() - hostPort.length());
		if (userInfo.indexOf('[') >= 0 || userInfo.indexOf(']') >= 0) {
			return false;
		}
		return hasValidHostAndPort(hostPort);
	}

	private static boolean hasValidHostAndPort(String hostPort) {
		String port;
		if (hostPort.startsWith("[")) {
			int close = hostPort.indexOf(']');
			if (close < 0 || hostPort.indexOf('[', 1) >= 0 || hostPort.indexOf(']', close + 1) >= 0) {
				return false;
			}
			String after = hostPort.substring(close + 1);
			if (!after.isEmpty() && !after.startsWith(":")) {
				return false;
			}
			port = after.isEmpty() ? "" : after.substring(1);
		}
		else {
			if (hostPort.indexOf('[') >= 0 || hostPort.indexOf(']') >= 0) {
				return false;
			}
			int colon = hostPort.indexOf(':');
			port = (colon < 0) ? "" : hostPort.substring(colon + 1);
		}
		return port.chars().allMatch(Iris::isAsciiDigit);
	}

	private static boolean isAsciiLetter(int c) {
		return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
	}

	private static boolean isAsciiDigit(int c) {
		return c >= '0' && c <= '9';
	}

	private static boolean isHex(char c) {
		return isAsciiDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
	}

}
