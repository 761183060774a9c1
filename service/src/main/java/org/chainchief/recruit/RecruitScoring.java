package org.chainchief.recruit;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.gap.Factor;
import org.chainchief.model.AboveScale;

/**
 * The recruit score of an outside enterprise: the sum of six factors, {@code weight × value}.
 *
 * <pre>
 * head       1 if a head enterprise (头部/龙头), else 0
 * scale      log10(1 + R / 2000), R = max(revenue in 万元 or 0, 2000 if aboveScale): 规上 threshold → 0.30,
 *            2亿 → 1.04, 20亿 → 2.00, 200亿 → 3.00
 * share      its market share in the link (0..1), 0 when unknown; for the cluster list: the largest known share
 *            over the gaps it would fill
 * customers  log2(1 + n), n = distinct local enterprises it already supplies (any link)
 * region     1 if its region starts with one of the preferred regions, else 0
 * tags       number of 专精特新 (a tag containing it), 高新 (a tag starting with it), 上市 (listed, or a tag 上市)
 * </pre>
 */
final class RecruitScoring {

	private RecruitScoring() {
	}

	static List<Factor> factors(Candidate c, Double share, RecruitParameters p) {
		Map<String, Object> scaleRaw = new LinkedHashMap<>();
		scaleRaw.put("revenue", c.revenue());
		scaleRaw.put("aboveScale", c.aboveScale());
		List<String> tags = recognisedTags(c);
		return List.of(Factor.of("head", c.head(), c.head() ? 1 : 0, p.wHead()),
				Factor.of("scale", scaleRaw, scale(c), p.wScale()),
				Factor.of("share", share, share == null ? 0 : share, p.wShare()),
				Factor.of("customers", c.customers(), Factor.log2p1(c.customers()), p.wCustomers()),
				Factor.of("region", c.region(), preferred(c.region(), p.regions()) ? 1 : 0, p.wRegion()),
				Factor.of("tags", tags, tags.size(), p.wTags()));
	}

	/** The scale factor's value: log10(1 + R / 2000). */
	static double scale(Candidate c) {
		double revenue = Math.max(c.revenue() == null ? 0 : c.revenue(),
				Boolean.TRUE.equals(c.aboveScale()) ? AboveScale.THRESHOLD_WAN_YUAN : 0);
		return Math.log10(1 + revenue / AboveScale.THRESHOLD_WAN_YUAN);
	}

	static boolean preferred(String region, List<String> regions) {
		return region != null && regions.stream().anyMatch(region::startsWith);
	}

	static List<String> recognisedTags(Candidate c) {
		List<String> out = new ArrayList<>();
		if (c.tags().stream().anyMatch(t -> t.contains("专精特新"))) {
			out.add("专精特新");
		}
		if (c.tags().stream().anyMatch(t -> t.startsWith("高新"))) {
			out.add("高新");
		}
		if (c.listed() || c.tags().contains("上市")) {
			out.add("上市");
		}
		return out;
	}
}
