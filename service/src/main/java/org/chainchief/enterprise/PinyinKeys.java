package org.chainchief.enterprise;

import java.text.CollationKey;
import java.text.Collator;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Pinyin sort keys of names ({@link Collator} for {@link Locale#CHINA}), cached: a key costs microseconds to
 * compute, comparing two keys costs a byte comparison, and the same names are listed again and again. The cache
 * holds at most {@code capacity} names and is simply emptied when full (names are few, and change rarely).
 */
final class PinyinKeys {

	private final int capacity;

	private final ConcurrentHashMap<String, CollationKey> keys = new ConcurrentHashMap<>();

	private final ThreadLocal<Collator> collator = ThreadLocal.withInitial(() -> Collator.getInstance(Locale.CHINA));

	PinyinKeys(int capacity) {
		this.capacity = capacity;
	}

	CollationKey of(String name) {
		CollationKey key = keys.get(name);
		if (key == null) {
			if (keys.size() >= capacity) {
				keys.clear();
			}
			key = collator.get().getCollationKey(name);
			keys.put(name, key);
		}
		return key;
	}
}
