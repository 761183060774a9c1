package org.chainchief.support;

import java.text.Collator;
import java.text.RuleBasedCollator;
import java.util.HexFormat;
import java.util.Locale;

/**
 * The pinyin sort key of a name, stored on each enterprise ({@code nameKey}) and indexed, so that the database
 * orders and pages a listing in the order {@link Collator} for {@link Locale#CHINA} gives, which Cypher cannot do
 * itself. The key is the collation key's bytes in hex: two keys compare as text (in Cypher or Java) exactly as the
 * collation keys compare, so {@code ORDER BY e.nameKey} is the collator's order. Every write of an enterprise sets it
 * from the name; the start-up fills in missing keys, and computes them all again when the collator's rules
 * ({@link #rules()}) differ from those the stored keys were made with (another JDK).
 */
public final class NameKeys {

	/** The enterprise property that holds the key. */
	public static final String PROPERTY = "nameKey";

	private static final ThreadLocal<Collator> COLLATOR = ThreadLocal.withInitial(() -> Collator.getInstance(Locale.CHINA));

	private NameKeys() {
	}

	/** The key of {@code name} (a missing name sorts as the empty one). */
	public static String of(String name) {
		return HexFormat.of().formatHex(COLLATOR.get().getCollationKey(name == null ? "" : name).toByteArray());
	}

	/** What the keys depend on: the collator's rules, strength and decomposition, as a short fingerprint. */
	public static String rules() {
		Collator collator = Collator.getInstance(Locale.CHINA);
		String rules = collator instanceof RuleBasedCollator rule ? rule.getRules() : collator.getClass().getName();
		return Integer.toHexString(rules.hashCode()) + "-" + collator.getStrength() + "-" + collator.getDecomposition();
	}
}
