package org.chainchief.mindmap;

import org.chainchief.gap.Status;
import org.chainchief.support.ParamCheck;

/**
 * What the mind map shows: at most {@code enterprises} local enterprises per link (the rest as one "+N" node), the
 * first {@code recruits} rows of the recruitment list, and links WEAK below {@code weakBelow} local enterprises.
 */
public record MindMapOptions(int enterprises, int recruits, int weakBelow) {

	public static final String ENTERPRISES = "10";

	public static final String RECRUITS = "10";

	public static final String WEAK_BELOW = Status.DEFAULT_WEAK_BELOW;

	public static MindMapOptions defaults() {
		return new MindMapOptions(Integer.parseInt(ENTERPRISES), Integer.parseInt(RECRUITS),
				Integer.parseInt(WEAK_BELOW));
	}

	/** Throws a 400 problem naming every parameter out of range. */
	public MindMapOptions validated() {
		new ParamCheck().range("enterprises", enterprises, 0, 100)
			.range("recruits", recruits, 1, 50)
			.range("weakBelow", weakBelow, 1, 1000)
			.orThrow();
		return this;
	}
}
