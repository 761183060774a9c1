package org.chainchief.enterprise;

import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sourceforge.pinyin4j.PinyinHelper;

/**
 * Pinyin initials of names (拼音首字母: 中欣晶圆 → zxjy), for searching by them. Each character keeps the initials
 * of all its readings (a polyphonic 重 is z or c), so a search finds a name whichever reading the user has in mind;
 * Latin letters and digits stand for themselves, anything else is skipped. Cached like {@link PinyinKeys}.
 */
final class PinyinInitials {

	/** A query that can be initials: Latin letters only, 2..30 of them. */
	private static final Pattern INITIALS = Pattern.compile("[A-Za-z]{2,30}");

	private final int capacity;

	/** Per name: one string per character, holding the character's possible initials. */
	private final ConcurrentHashMap<String, String[]> cache = new ConcurrentHashMap<>();

	PinyinInitials(int capacity) {
		this.capacity = capacity;
	}

	static boolean applies(String q) {
		return q != null && INITIALS.matcher(q.strip()).matches();
	}

	/** Whether the name's initials contain q (lower-cased), at its start or anywhere. */
	boolean matches(String name, String q) {
		if (name == null) {
			return false;
		}
		String[] letters = letters(name);
		String query = q.strip().toLowerCase(Locale.ROOT);
		for (int start = 0; start + query.length() <= letters.length; start++) {
			int i = 0;
			while (i < query.length() && letters[start + i].indexOf(query.charAt(i)) >= 0) {
				i++;
			}
			if (i == query.length()) {
				return true;
			}
		}
		return false;
	}

	/** The name's initials with the first reading of each character (for display and tests). */
	String of(String name) {
		StringBuilder out = new StringBuilder();
		for (String options : letters(name)) {
			out.append(options.charAt(0));
		}
		return out.toString();
	}

	private String[] letters(String name) {
		String[] letters = cache.get(name);
		if (letters == null) {
			if (cache.size() >= capacity) {
				cache.clear();
			}
			letters = compute(name);
			cache.put(name, letters);
		}
		return letters;
	}

	private static String[] compute(String name) {
		return name.codePoints().mapToObj(PinyinInitials::initials).filter(s -> !s.isEmpty()).toArray(String[]::new);
	}

	private static String initials(int codePoint) {
		if (codePoint < 128) {
			return Character.isLetterOrDigit(codePoint) ? String.valueOf((char) Character.toLowerCase(codePoint)) : "";
		}
		if (Character.isSupplementaryCodePoint(codePoint)) {
			return "";
		}
		String[] readings = PinyinHelper.toHanyuPinyinStringArray((char) codePoint);
		if (readings == null) {
			return "";
		}
		StringBuilder out = new StringBuilder();
		for (String reading : readings) {
			char first = Character.toLowerCase(reading.charAt(0));
			if (first >= 'a' && first <= 'z' && out.indexOf(String.valueOf(first)) < 0) {
				out.append(first);
			}
		}
		return out.toString();
	}
}
