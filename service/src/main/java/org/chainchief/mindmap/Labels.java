package org.chainchief.mindmap;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Map;

import org.chainchief.model.Stage;

/** Chinese texts of the tree: stage and status names, amounts. */
final class Labels {

	private static final Map<String, String> STATUS = Map.of("MISSING", "缺链", "WEAK", "弱链", "STRONG", "强链",
			"PLANNED", "在谈", "SIGNED", "已签约", "LANDED", "已落地", "PRODUCING", "已投产", "ABOVE_SCALE", "已上规");

	private Labels() {
	}

	static String stage(Stage stage) {
		if (stage == null) {
			return "未分段";
		}
		return switch (stage) {
			case UPSTREAM -> "上游";
			case MIDSTREAM -> "中游";
			case DOWNSTREAM -> "下游";
		};
	}

	/** The Chinese name of a node status (缺链, 已投产, …), or null. */
	static String status(String status) {
		return status == null ? null : STATUS.get(status);
	}

	/** An amount in 万元: "8,500 万元" below 1 亿, "12.35 亿元" from 1 亿 (10,000 万元) on. */
	static String wan(double wan) {
		DecimalFormatSymbols symbols = DecimalFormatSymbols.getInstance(Locale.ROOT);
		if (Math.abs(wan) >= 10000) {
			return new DecimalFormat("#,##0.##", symbols).format(wan / 10000) + " 亿元";
		}
		return new DecimalFormat("#,##0.##", symbols).format(wan) + " 万元";
	}

	static String number(double d) {
		return new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(d);
	}

	static String percent(double fraction) {
		return Math.round(fraction * 1000) / 10.0 + "%";
	}
}
