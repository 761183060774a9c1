package org.chainchief.report;

import java.util.Arrays;
import java.util.Locale;

/** The lists of a cluster that download as CSV, by their path name, with their Chinese file names. */
enum ClusterList {

	GAPS("缺口清单"), RECRUITS("招商清单"), PROJECTS("骨干项目"), TEAMS("顶尖团队"), TARGETS("目标"), MEASURES("措施"),
	ENTERPRISES("企业清单");

	final String chinese;

	ClusterList(String chinese) {
		this.chinese = chinese;
	}

	String path() {
		return name().toLowerCase(Locale.ROOT);
	}

	static ClusterList of(String path) {
		return Arrays.stream(values()).filter(l -> l.path().equals(path)).findFirst().orElse(null);
	}

	static String paths() {
		return String.join(", ", Arrays.stream(values()).map(ClusterList::path).toList());
	}
}
