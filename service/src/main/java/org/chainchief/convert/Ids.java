package org.chainchief.convert;

/**
 * Record ids made from the sources' own names and codes. An id may not hold whitespace, '/', '?' or '#'
 * ({@link org.chainchief.model.Records#ID_PATTERN}); those characters and '%' itself are percent-encoded, so the
 * encoding is injective (two names never share an id), stable and readable (Chinese stays as it is).
 */
final class Ids {

	private Ids() {
	}

	/** The name with whitespace, '/', '?', '#' and '%' percent-encoded, e.g. {@code 惯性/敏感元件 → 惯性%2F敏感元件}. */
	static String encode(String name) {
		return encode(name, false);
	}

	/**
	 * A "/"-separated path (a nested segment) as dot-separated encoded parts, e.g. {@code IC/晶圓製造 → IC.晶圓製造};
	 * dots inside a part are encoded ({@code %2E}) so the result stays injective.
	 */
	static String path(String path) {
		StringBuilder out = new StringBuilder();
		for (String part : path.split("/", -1)) {
			if (out.length() > 0) {
				out.append('.');
			}
			out.append(encode(part, true));
		}
		return out.toString();
	}

	private static String encode(String text, boolean dots) {
		StringBuilder out = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '%', '/', '?', '#', ' ', '\t', '\n', '\u000B', '\f', '\r' -> out.append('%')
					.append(String.format("%02X", (int) c));
				case '.' -> out.append(dots ? "%2E" : ".");
				default -> out.append(c);
			}
		}
		return out.toString();
	}
}
