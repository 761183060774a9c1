package org.chainchief.support;

import java.nio.charset.StandardCharsets;

/** {@code Content-Disposition} for downloads: an ASCII file name for old clients and the UTF-8 one (RFC 6266). */
public final class Downloads {

	private static final String ATTR_CHAR = "!#$&+-.^_`|~";

	private Downloads() {
	}

	/**
	 * {@code attachment; filename="<ascii>"; filename*=UTF-8''<utf8>}: {@code ascii} with every character outside
	 * {@code [A-Za-z0-9._-]} replaced by {@code _}, {@code utf8} percent-encoded (RFC 8187).
	 */
	public static String attachment(String ascii, String utf8) {
		return "attachment; filename=\"" + ascii.replaceAll("[^A-Za-z0-9._-]", "_") + "\"; filename*=UTF-8''"
				+ encode(utf8);
	}

	/** A name usable as a file name: characters file systems refuse (and controls) become {@code _}. */
	public static String safeName(String name, String fallback) {
		String cleaned = name == null ? "" : name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
		return cleaned.isEmpty() ? fallback : cleaned;
	}

	static String encode(String s) {
		StringBuilder out = new StringBuilder();
		for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
			int c = b & 0xFF;
			if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ATTR_CHAR.indexOf(c) >= 0) {
				out.append((char) c);
			}
			else {
				out.append('%').append(String.format("%02X", c));
			}
		}
		return out.toString();
	}
}
