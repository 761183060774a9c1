package org.chainchief.recruit;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The link models kept in memory, by link id, at most {@code maxCandidates} candidates over all of them: the links
 * used least recently are dropped first, a model larger than the whole budget is not kept, and keeping a model of
 * a new version drops every model of another (a version never comes back). Thread-safe.
 */
final class LinkModelStore {

	private final long maxCandidates;

	/** Least recently used first; guarded by itself. */
	private final LinkedHashMap<String, LinkCandidates> byLink = new LinkedHashMap<>(16, 0.75f, true);

	private long kept;

	LinkModelStore(long maxCandidates) {
		this.maxCandidates = maxCandidates;
	}

	LinkCandidates get(String linkId) {
		synchronized (byLink) {
			return byLink.get(linkId);
		}
	}

	/** Candidates kept over all links. */
	double candidates() {
		synchronized (byLink) {
			return kept;
		}
	}

	void keep(String linkId, LinkCandidates m) {
		synchronized (byLink) {
			Iterator<LinkCandidates> all = byLink.values().iterator();
			while (all.hasNext()) {
				LinkCandidates other = all.next();
				if (!other.version.equals(m.version)) {
					kept -= other.size();
					all.remove();
				}
			}
			LinkCandidates before = byLink.remove(linkId);
			if (before != null) {
				kept -= before.size();
			}
			if (m.size() > maxCandidates) {
				return;
			}
			for (Iterator<LinkCandidates> oldest = byLink.values().iterator();
					kept + m.size() > maxCandidates && oldest.hasNext();) {
				kept -= oldest.next().size();
				oldest.remove();
			}
			byLink.put(linkId, m);
			kept += m.size();
		}
	}
}
