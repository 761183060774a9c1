package org.chainchief.convert;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.chainchief.model.Records;
import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.SuppliesRecord;

/**
 * The records a conversion produces, each once. A record added twice is kept once (reported as a duplicate; a
 * different record under the same key keeps the first and is reported as a conflict). Records that would be
 * refused by the import are refused here, with a reason. {@link #write} first drops every reference to a record
 * that was not emitted (reported), then writes clusters, links (parents before their sub-links), feeds,
 * enterprises, operates and supplies, each in the order they were added.
 */
final class RecordSet {

	private static final Pattern ID = Pattern.compile(Records.ID_PATTERN);

	private static final Pattern COUNTRY = Pattern.compile("[A-Z]{3}");

	private static final int NAME_MAX = 200;

	private static final int DESCRIPTION_MAX = 4000;

	private final Report report;

	private final Map<String, ClusterRecord> clusters = new LinkedHashMap<>();

	private final Map<String, LinkRecord> links = new LinkedHashMap<>();

	private final Map<String, FeedsRecord> feeds = new LinkedHashMap<>();

	private final Map<String, EnterpriseRecord> enterprises = new LinkedHashMap<>();

	private final Map<String, OperatesRecord> operates = new LinkedHashMap<>();

	private final Map<String, SuppliesRecord> supplies = new LinkedHashMap<>();

	RecordSet(Report report) {
		this.report = report;
	}

	void add(ClusterRecord c) {
		if (valid("cluster", c.id(), c.name())) {
			put("cluster", clusters, c.id(),
					new ClusterRecord(c.id(), c.name(), c.nameEn(), c.chief(), description(c.description())));
		}
	}

	void add(LinkRecord l) {
		if (valid("link", l.id(), l.name())) {
			if (l.stage() == null) {
				report.skip("link without a stage (not converted)", l.id());
				return;
			}
			put("link", links, l.id(), new LinkRecord(l.id(), l.name(), l.nameEn(), l.stage(), l.clusters(),
					l.parent(), l.chokepoint(), description(l.description())));
		}
	}

	void add(FeedsRecord f) {
		if (f.from().equals(f.to())) {
			report.skip("feeds: a link feeding itself (not converted)", f.from());
			return;
		}
		put("feeds", feeds, f.from() + '\u0000' + f.to(), f);
	}

	void add(EnterpriseRecord e) {
		if (!valid("enterprise", e.id(), e.name())) {
			return;
		}
		String country = e.country();
		if (country != null && !COUNTRY.matcher(country).matches()) {
			report.skip("enterprise country is not an ISO 3166-1 alpha-3 code (country left empty)",
					e.id() + " " + country);
			country = null;
		}
		put("enterprise", enterprises, e.id(),
				new EnterpriseRecord(e.id(), e.name(), e.nameEn(), e.local(), e.region(), country, e.revenue(),
						e.aboveScale(), e.head(), e.listed(), e.tags(), description(e.description())));
	}

	void add(OperatesRecord o) {
		Double share = o.share();
		if (share != null && (share < 0 || share > 1)) {
			report.skip("operates share outside 0..1 (share left empty)", o.enterprise() + " → " + o.link());
			share = null;
		}
		put("operates", operates, o.enterprise() + '\u0000' + o.link(),
				new OperatesRecord(o.enterprise(), o.link(), share));
	}

	void add(SuppliesRecord s) {
		put("supplies", supplies, s.supplier() + '\u0000' + s.buyer() + '\u0000' + s.link(), s);
	}

	boolean hasLink(String id) {
		return links.containsKey(id);
	}

	boolean hasEnterprise(String id) {
		return enterprises.containsKey(id);
	}

	/** Record counts per kind, in output order. */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new LinkedHashMap<>();
		counts.put("cluster", clusters.size());
		counts.put("link", links.size());
		counts.put("feeds", feeds.size());
		counts.put("enterprise", enterprises.size());
		counts.put("operates", operates.size());
		counts.put("supplies", supplies.size());
		return counts;
	}

	/** Resolves references, then writes every record in output order. */
	void write(NdjsonWriter out) throws IOException {
		resolveReferences();
		out.expect(counts().values().stream().mapToLong(Integer::longValue).sum());
		for (ClusterRecord c : clusters.values()) {
			out.write(c);
		}
		for (LinkRecord l : parentsFirst()) {
			out.write(l);
		}
		for (FeedsRecord f : feeds.values()) {
			out.write(f);
		}
		for (EnterpriseRecord e : enterprises.values()) {
			out.write(e);
		}
		for (OperatesRecord o : operates.values()) {
			out.write(o);
		}
		for (SuppliesRecord s : supplies.values()) {
			out.write(s);
		}
	}

	/** Drops references to records that are not emitted (and what depends on them), reporting each. */
	void resolveReferences() {
		for (var it = links.entrySet().iterator(); it.hasNext();) {
			var entry = it.next();
			LinkRecord l = entry.getValue();
			List<String> kept = new ArrayList<>();
			for (String cluster : l.clusters() == null ? List.<String>of() : l.clusters()) {
				if (clusters.containsKey(cluster)) {
					kept.add(cluster);
				}
				else {
					report.skip("link: unknown cluster (reference dropped)", l.id() + " → " + cluster);
				}
			}
			if (kept.isEmpty()) {
				report.skip("link in no emitted cluster (not converted)", l.id());
				it.remove();
			}
			else if (kept.size() != (l.clusters() == null ? 0 : l.clusters().size())) {
				entry.setValue(withParent(l, kept, l.parent()));
			}
		}
		for (var entry : links.entrySet()) {
			LinkRecord l = entry.getValue();
			if (l.parent() != null && !links.containsKey(l.parent())) {
				report.skip("link: parent not emitted (parent left empty)", l.id() + " → " + l.parent());
				entry.setValue(withParent(l, l.clusters(), null));
			}
		}
		breakParentCycles();
		feeds.values().removeIf(f -> missing("feeds", f.from() + " → " + f.to(), links, f.from(), f.to()));
		operates.values()
			.removeIf(o -> missing("operates", o.enterprise() + " → " + o.link(), enterprises, o.enterprise())
					|| missing("operates", o.enterprise() + " → " + o.link(), links, o.link()));
		supplies.values()
			.removeIf(s -> missing("supplies", s.supplier() + " → " + s.buyer(), enterprises, s.supplier(),
					s.buyer()) || missing("supplies", s.supplier() + " → " + s.buyer(), links, s.link()));
	}

	private boolean missing(String kind, String example, Map<String, ?> targets, String... ids) {
		for (String id : ids) {
			if (!targets.containsKey(id)) {
				report.skip(kind + " referring to a record not emitted (not converted)", example);
				return true;
			}
		}
		return false;
	}

	private void breakParentCycles() {
		Set<String> safe = new HashSet<>();
		for (String start : new ArrayList<>(links.keySet())) {
			Set<String> path = new HashSet<>();
			String id = start;
			while (id != null && !safe.contains(id)) {
				if (!path.add(id)) {
					LinkRecord l = links.get(id);
					report.skip("link: parent would close a cycle (parent left empty)", l.id() + " → " + l.parent());
					links.put(id, withParent(l, l.clusters(), null));
					break;
				}
				id = links.get(id).parent();
			}
			safe.addAll(path);
		}
	}

	/** Links in insertion order, except that a parent comes before its sub-links. */
	private List<LinkRecord> parentsFirst() {
		List<LinkRecord> ordered = new ArrayList<>(links.size());
		Set<String> done = new HashSet<>();
		for (LinkRecord l : links.values()) {
			Deque<LinkRecord> chain = new ArrayDeque<>();
			for (LinkRecord x = l; x != null && !done.contains(x.id()); x = x.parent() == null ? null
					: links.get(x.parent())) {
				chain.push(x);
			}
			while (!chain.isEmpty()) {
				LinkRecord x = chain.pop();
				done.add(x.id());
				ordered.add(x);
			}
		}
		return ordered;
	}

	private static LinkRecord withParent(LinkRecord l, List<String> clusters, String parent) {
		return new LinkRecord(l.id(), l.name(), l.nameEn(), l.stage(), clusters, parent, l.chokepoint(),
				l.description());
	}

	private <T> void put(String kind, Map<String, T> map, String key, T record) {
		T existing = map.putIfAbsent(key, record);
		if (existing != null) {
			String example = key.replace('\u0000', ' ');
			if (existing.equals(record)) {
				report.skip("duplicate " + kind + " (merged)", example);
			}
			else {
				report.skip("conflicting duplicate " + kind + " id (first kept)", example);
			}
		}
	}

	private boolean valid(String kind, String id, String name) {
		if (id == null || !ID.matcher(id).matches()) {
			report.skip(kind + ": id not valid for import (" + Records.ID_MESSAGE + ") (not converted)", id);
			return false;
		}
		if (name == null || name.isBlank() || name.length() > NAME_MAX) {
			report.skip(kind + ": name empty or longer than " + NAME_MAX + " characters (not converted)", id);
			return false;
		}
		return true;
	}

	private String description(String text) {
		if (text == null || text.length() <= DESCRIPTION_MAX) {
			return text;
		}
		report.skip("description longer than " + DESCRIPTION_MAX + " characters (cut)", text.substring(0, 40) + "…");
		return text.substring(0, DESCRIPTION_MAX - 1) + "…";
	}
}
