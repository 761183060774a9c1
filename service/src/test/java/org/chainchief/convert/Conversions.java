package org.chainchief.convert;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Runs a converter in-process, as the command does, and keeps its output and report. */
final class Conversions {

	record Result(byte[] bytes, Report report) {

		String text() {
			return new String(bytes, StandardCharsets.UTF_8);
		}

		List<String> lines() {
			return text().lines().toList();
		}
	}

	private Conversions() {
	}

	static Result convert(Format format, Path dir, Locality locality) throws IOException {
		Report report = new Report(3);
		RecordSet records = new RecordSet(report);
		Progress silent = new Progress(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
				false);
		format.converter().convert(dir, locality, records, report, silent);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (NdjsonWriter writer = new NdjsonWriter(out, silent)) {
			records.write(writer);
		}
		return new Result(out.toByteArray(), report);
	}

	/** The folder of a test excerpt, e.g. {@code convert/tpex}. */
	static Path excerpt(String name) {
		try {
			return Path.of(Conversions.class.getResource("/convert/" + name + "/expected.ndjson").toURI()).getParent();
		}
		catch (java.net.URISyntaxException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
