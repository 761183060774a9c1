package org.chainchief.drawing;

import java.util.LinkedHashMap;
import java.util.Map;

/** Colours of the drawings by status, and the legend's Chinese names. */
public final class Palette {

	/** Fill, stroke and legend text of one status. */
	public record Swatch(String status, String fill, String stroke, String text) {
	}

	public static final String CHOKEPOINT = "#b3001b";

	private static final Swatch NONE = new Swatch(null, "#eef2f7", "#8a9bb4", "");

	private static final Map<String, Swatch> SWATCHES = new LinkedHashMap<>();

	static {
		put(new Swatch("MISSING", "#fde0dc", "#d93025", "缺链（无本地企业）"));
		put(new Swatch("WEAK", "#fff1c2", "#d39e00", "弱链（本地企业少）"));
		put(new Swatch("STRONG", "#dff3dc", "#2e7d32", "强链"));
		put(new Swatch("PLANNED", "#eceff1", "#78909c", "项目在谈"));
		put(new Swatch("SIGNED", "#e3f0fb", "#4a90d9", "已签约"));
		put(new Swatch("LANDED", "#d2e6fa", "#1e6fc2", "已落地"));
		put(new Swatch("PRODUCING", "#d6f0ee", "#00897b", "已投产"));
		put(new Swatch("ABOVE_SCALE", "#d7f0d2", "#1b7a2f", "已上规"));
	}

	private Palette() {
	}

	private static void put(Swatch s) {
		SWATCHES.put(s.status(), s);
	}

	/** The swatch of a status; a neutral one for null or an unknown status. */
	public static Swatch of(String status) {
		return status == null ? NONE : SWATCHES.getOrDefault(status, NONE);
	}

	public static Swatch neutral() {
		return NONE;
	}

	/** The link statuses, in legend order. */
	public static java.util.List<Swatch> linkStatuses() {
		return java.util.List.of(SWATCHES.get("MISSING"), SWATCHES.get("WEAK"), SWATCHES.get("STRONG"));
	}

	/** The project stages, in legend order. */
	public static java.util.List<Swatch> projectStages() {
		return java.util.List.of(SWATCHES.get("PLANNED"), SWATCHES.get("SIGNED"), SWATCHES.get("LANDED"),
				SWATCHES.get("PRODUCING"), SWATCHES.get("ABOVE_SCALE"));
	}
}
