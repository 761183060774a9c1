package org.chainchief.gap;

import org.chainchief.support.ParamCheck;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The {@code weakBelow} query parameter of every analysis that sorts links into MISSING, WEAK and STRONG: one
 * definition of its default ({@link Status#DEFAULT_WEAK_BELOW}) and of its range (1..1000).
 */
public record WeakBelow(
		@Parameter(description = "A link is WEAK when 1 ≤ localCount < weakBelow, MISSING at 0; gaps are the links "
				+ "below it (1..1000)", example = "2",
				schema = @Schema(type = "integer", format = "int32", defaultValue = Status.DEFAULT_WEAK_BELOW)) Integer weakBelow) {

	public static final int MIN = 1;

	public static final int MAX = 1000;

	/** The value, the default when absent. */
	public int value() {
		return weakBelow != null ? weakBelow : Integer.parseInt(Status.DEFAULT_WEAK_BELOW);
	}

	/** Adds the range check to {@code check}. */
	public ParamCheck check(ParamCheck check) {
		return check.range("weakBelow", value(), MIN, MAX);
	}

	/** The value; a 400 problem naming {@code weakBelow} when it is out of range. */
	public int validated() {
		check(new ParamCheck()).orThrow();
		return value();
	}
}
