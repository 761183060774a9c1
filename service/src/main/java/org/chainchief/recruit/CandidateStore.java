package org.chainchief.recruit;

import java.util.Iterator;
import java.util.LinkedHashMap;

/**
 * Read models kept in memory by key (a link's candidates, a cluster's merged gap candidates), at most
 * {@code maxCandidates} candidates over all of them: those used least recently are dropped first, a model larger
 * than the whole budget is not kept, and keeping a model of a new version drops every model of another (a version
 * never comes back). Thread-safe.
 *
 * @param <M> the model: its graph version and its number of candidates fixed when it is made
 */
final class CandidateStore<M extends CandidateStore.Model> {

	/** What the store needs to know of a model. */
	interface Model {

		/** The graph version the model was read at. */
		String version();

		/** Its candidates (the memory it holds, about 100 bytes each). */
		int size();
	}

	private final long maxCandidates;

	/** Least recently used first; guarded by itself. */
	private final LinkedHashMap<String, M> byKey = new LinkedHashMap<>(16, 0.75f, true);

	private long kept;

	CandidateStore(long maxCandidates) {
		this.maxCandidates = maxCandidates;
	}

	/** The model kept for {@code key}, at whatever version; null when none is. */
	M get(String key) {
		synchronized (byKey) {
			return byKey.get(key);
		}
	}

	/** The model kept for {@code key} when it is at {@code version}; null otherwise. */
	M get(String key, String version) {
		M m = get(key);
		return m != null && m.version().equals(version) ? m : null;
	}

	/** Candidates kept over all models. */
	double candidates() {
		synchronized (byKey) {
			return kept;
		}
	}

	void keep(String key, M m) {
		synchronized (byKey) {
			M before = byKey.remove(key);
			if (before != null) {
				kept -= before.size();
			}
			Iterator<M> all = byKey.values().iterator();
			while (all.hasNext()) {
				M other = all.next();
				if (!other.version().equals(m.version())) {
					kept -= other.size();
					all.remove();
				}
			}
			if (m.size() > maxCandidates) {
				return;
			}
			for (Iterator<M> oldest = byKey.values().iterator(); kept + m.size() > maxCandidates && oldest.hasNext();) {
				kept -= oldest.next().size();
				oldest.remove();
			}
			byKey.put(key, m);
			kept += m.size();
		}
	}
}
