package org.chainchief.plan;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * Progress towards a target, derived at read time (never stored): with baseline b (0 when absent), target t and
 * current value c, {@code raw = (c − b) / (t − b)}; {@code progress} is raw clamped to 0..1; the direction is
 * UP when t > b and DOWN when t < b (a "lower is better" target such as missingLinks: the same formula counts
 * every link closed); {@code achieved} when raw ≥ 1. When t = b (FLAT): progress 1 and achieved when c = t,
 * else 0. Without a current value or a target value there is no progress (null, with a note).
 */
@Schema(description = "Progress: raw = (current − baseline) / (value − baseline), baseline 0 when absent; progress = raw clamped to 0..1")
public record TargetProgress(
		@Schema(description = "UP (target above baseline), DOWN (below: lower is better), FLAT (equal); null without a target value", nullable = true) Direction direction,
		@Schema(description = "raw clamped to 0..1; null without current or target value", example = "0.4", nullable = true) Double progress,
		@Schema(description = "(current − baseline) / (value − baseline), unclamped: > 1 exceeded, < 0 moved away", example = "0.4", nullable = true) Double raw,
		@Schema(description = "raw ≥ 1 (FLAT: current = value); null without current or target value", nullable = true) Boolean achieved,
		@Schema(description = "Why progress is missing, clamped or special; null when plain", nullable = true) String note) {

	/** Which way the target asks the value to move. */
	public enum Direction {
		UP, DOWN, FLAT
	}

	static TargetProgress of(Double target, Double baseline, Double current) {
		if (target == null) {
			return new TargetProgress(null, null, null, null, "no target value");
		}
		double b = baseline == null ? 0 : baseline;
		Direction direction = target > b ? Direction.UP : target < b ? Direction.DOWN : Direction.FLAT;
		if (current == null) {
			return new TargetProgress(direction, null, null, null, "no current value");
		}
		if (direction == Direction.FLAT) {
			boolean met = current.doubleValue() == target.doubleValue();
			return new TargetProgress(direction, met ? 1.0 : 0.0, null, met,
					"target equals baseline: progress 1 when the current value equals it, else 0");
		}
		double raw = round((current - b) / (target - b));
		double progress = Math.clamp(raw, 0.0, 1.0);
		String note = raw > 1 ? "target exceeded" : raw < 0 ? "moved away from the target since the baseline" : null;
		return new TargetProgress(direction, progress, raw, raw >= 1, note);
	}

	private static double round(double d) {
		return Math.round(d * 1e6) / 1e6;
	}
}
