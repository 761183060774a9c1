package org.chainchief.config;

import java.beans.PropertyEditorSupport;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.regex.Pattern;

import org.springframework.util.NumberUtils;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Numbers in query parameters and path variables are read as the contract declares them: decimal notation (JSON's
 * number syntax), nothing else. The framework's default reading also takes hexadecimal and octal forms
 * ({@code page=0x1F} as 31, {@code #1F}, {@code 010} as 8) and falls back to it when another conversion refuses a
 * value; these editors come first, so such a value is a 400 naming the parameter ("must be a whole number").
 */
@ControllerAdvice
final class StrictNumbers {

	private static final Pattern WHOLE = Pattern.compile("[+-]?[0-9]{1,19}");

	private static final Pattern DECIMAL = Pattern.compile("[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]{1,4})?");

	/** The types a contract {@code integer} or {@code number} is bound to (records and {@code @RequestParam}). */
	@InitBinder
	void decimalOnly(WebDataBinder binder) {
		binder.registerCustomEditor(Integer.class, new Decimal(Integer.class, true));
		binder.registerCustomEditor(int.class, new Decimal(Integer.class, true));
		binder.registerCustomEditor(Long.class, new Decimal(Long.class, true));
		binder.registerCustomEditor(long.class, new Decimal(Long.class, true));
		binder.registerCustomEditor(Double.class, new Decimal(Double.class, false));
		binder.registerCustomEditor(double.class, new Decimal(Double.class, false));
	}

	/** One number type, read from decimal text only; blank is null (an absent parameter). */
	static final class Decimal extends PropertyEditorSupport {

		private final Class<? extends Number> type;

		private final boolean whole;

		Decimal(Class<? extends Number> type, boolean whole) {
			this.type = type;
			this.whole = whole;
		}

		@Override
		public void setAsText(String source) {
			String text = source == null ? "" : source.strip();
			if (text.isEmpty()) {
				setValue(null);
				return;
			}
			if (!(whole ? WHOLE : DECIMAL).matcher(text).matches()) {
				throw new IllegalArgumentException("not a decimal number: '" + source + "'");
			}
			// parsed here as decimal: the framework's own reading takes a leading 0 for octal
			Number value = whole ? new BigInteger(text) : new BigDecimal(text);
			Number converted = NumberUtils.convertNumberToTargetClass(value, type);
			if (converted instanceof Double d && d.isInfinite()) {
				throw new IllegalArgumentException("out of range: '" + source + "'");
			}
			setValue(converted);
		}
	}
}
