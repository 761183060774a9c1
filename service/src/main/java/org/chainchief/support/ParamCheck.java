package org.chainchief.support;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.chainchief.support.ApiProblem.FieldError;

/**
 * Range checks of numeric query parameters (weights, thresholds, limits), collected so one 400 problem names
 * every parameter out of range. NaN and infinities are always out of range.
 */
public final class ParamCheck {

	private final List<FieldError> errors = new ArrayList<>();

	/** {@code min ≤ value ≤ max}, or {@code min < value ≤ max} when {@code minExclusive}. */
	public ParamCheck range(String field, double value, double min, boolean minExclusive, double max) {
		boolean ok = Double.isFinite(value) && (minExclusive ? value > min : value >= min) && value <= max;
		if (!ok) {
			errors.add(new FieldError(field, String.format(Locale.ROOT, "must be a number in %s%s, %s]",
					minExclusive ? "(" : "[", plain(min), plain(max))));
		}
		return this;
	}

	public ParamCheck range(String field, long value, long min, long max) {
		if (value < min || value > max) {
			errors.add(new FieldError(field, "must be an integer in [" + min + ", " + max + "]"));
		}
		return this;
	}

	public ParamCheck add(String field, String reason) {
		errors.add(new FieldError(field, reason));
		return this;
	}

	public void orThrow() {
		if (!errors.isEmpty()) {
			throw ApiProblem.invalid(errors);
		}
	}

	private static String plain(double d) {
		return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
	}
}
