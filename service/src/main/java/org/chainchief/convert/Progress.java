package org.chainchief.convert;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A one-line progress display on stderr (lines written of the total, rate, ETA, elapsed), redrawn with {@code \r} at most four
 * times a second; silent unless enabled (by default when stderr is a terminal).
 */
final class Progress {

	private static final long INTERVAL = 250_000_000L;

	private final PrintStream err;

	private final boolean enabled;

	private final long start = System.nanoTime();

	private long lastDraw;

	private long writeStart;

	private String phase = "";

	private long total;

	private boolean drawn;

	Progress(PrintStream err, boolean enabled) {
		this.err = err;
		this.enabled = enabled;
	}

	/** True when stderr is a terminal (Linux: file descriptor 2 is a tty or pts device). */
	static boolean stderrIsTerminal() {
		try {
			String target = Files.readSymbolicLink(Path.of("/proc/self/fd/2")).toString();
			return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
		}
		catch (Exception ex) {
			return false;
		}
	}

	/** The number of lines the conversion will write (known once the sources are read). */
	void total(long lines) {
		this.total = lines;
	}

	/** What is being done now, e.g. "reading product.json". */
	void phase(String text) {
		this.phase = text;
		if (enabled) {
			draw(0, true);
		}
	}

	void lines(long lines) {
		if (enabled) {
			long now = System.nanoTime();
			if (writeStart == 0) {
				writeStart = now;
			}
			if (now - lastDraw >= INTERVAL) {
				lastDraw = now;
				this.phase = "writing";
				draw(lines, false);
			}
		}
	}

	/** The final state, ending the progress line. */
	void done(long lines) {
		if (enabled) {
			this.phase = "done";
			draw(lines, false);
			err.print('\n');
			err.flush();
		}
	}

	double elapsedSeconds() {
		return (System.nanoTime() - start) / 1e9;
	}

	private void draw(long lines, boolean phaseOnly) {
		double seconds = elapsedSeconds();
		double writing = writeStart == 0 ? 0 : (System.nanoTime() - writeStart) / 1e9;
		double rate = writing > 0 ? lines / writing : 0;
		String eta = total > 0 && rate > 0 ? String.format("ETA %5.1f s", (total - lines) / rate) : "";
		String text = phaseOnly ? String.format("%-40s %7.1f s", phase, seconds)
				: String.format("%-10s %,12d/%,d lines %,10.0f lines/s %s %7.1f s", phase, lines, total, rate, eta,
						seconds);
		err.print('\r' + text + "   ");
		err.flush();
		drawn = true;
	}

	boolean drawn() {
		return drawn;
	}
}
