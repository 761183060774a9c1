package org.chainchief.importer;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * How far a running import has come, safe to read from any thread while the import runs (a REST job status,
 * a progress bar). The importer only ever increments; nothing here changes what it does.
 */
public final class ImportProgress {

	/** The importer's passes over the source, in order. */
	public static final String[] PHASES = { "starting", "clusters and enterprises", "links and targets",
			"relations, projects, teams, measures" };

	private final AtomicInteger phase = new AtomicInteger();

	private final AtomicLong read = new AtomicLong();

	private final AtomicLong total = new AtomicLong(-1);

	private final AtomicLong written = new AtomicLong();

	private final AtomicLong rejected = new AtomicLong();

	/** The current pass, 1-3 (0 before the first). */
	public int phase() {
		return phase.get();
	}

	public String phaseName() {
		return PHASES[phase.get()];
	}

	/** Records read in the current pass. */
	public long recordsRead() {
		return read.get();
	}

	/** Records in the source, known once the first pass is over; -1 before. */
	public long recordsTotal() {
		return total.get();
	}

	/** Records written or found unchanged so far, over all passes. */
	public long recordsWritten() {
		return written.get();
	}

	/** Records rejected so far. */
	public long recordsRejected() {
		return rejected.get();
	}

	void startPhase(int number) {
		read.set(0);
		phase.set(number);
	}

	void endPhase(int number) {
		if (number == 1) {
			total.set(read.get());
		}
	}

	void read() {
		read.incrementAndGet();
	}

	void written() {
		written.incrementAndGet();
	}

	void rejected() {
		rejected.incrementAndGet();
	}
}
