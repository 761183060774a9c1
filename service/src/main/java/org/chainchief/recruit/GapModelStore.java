package org.chainchief.recruit;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * The clusters' merged gap candidates kept in memory ({@link GapCandidates}), by weakBelow and cluster id, at most
 * {@code maxCandidates} candidates over all of them, least recently used dropped first. A table is given only at
 * the version it was merged at. Thread-safe.
 */
final class GapModelStore {

	private final long maxCandidates;

	/** Least recently used first; guarded by itself. */
	private final LinkedHashMap<String, GapCandidates> byCluster = new LinkedHashMap<>(16, 0.75f, true);

	private long kept;

	GapModelStore(long maxCandidates) {
		this.maxCandidates = maxCandidates;
	}

	/** The table kept for {@code key} when merged at {@code version}; null otherwise. */
	GapCandidates get(String key, String version) {
		synchronized (byCluster) {
			GapCandidates g = byCluster.get(key);
			return g != null && g.version.equals(version) ? g : null;
		}
	}

	void keep(String key, GapCandidates g) {
		synchronized (byCluster) {
			GapCandidates before = byCluster.remove(key);
			if (before != null) {
				kept -= before.size();
			}
			if (g.size() > maxCandidates) {
				return;
			}
			for (Iterator<GapCandidates> oldest = byCluster.values().iterator();
					kept + g.size() > maxCandidates && oldest.hasNext();) {
				kept -= oldest.next().size();
				oldest.remove();
			}
			byCluster.put(key, g);
			kept += g.size();
		}
	}
}
