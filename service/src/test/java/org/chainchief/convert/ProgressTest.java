package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

class ProgressTest {

	@Test
	void showsLinesOfTheTotalRateAndEta() {
		var bytes = new ByteArrayOutputStream();
		var progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);

		progress.phase("reading product.json");
		progress.total(4);
		progress.lines(1);
		progress.done(4);

		String shown = bytes.toString(StandardCharsets.UTF_8);
		assertThat(shown).contains("reading product.json").contains("1/4 lines").endsWith("\n");
		String last = shown.substring(shown.lastIndexOf('\r') + 1);
		assertThat(last).startsWith("done").contains("4/4 lines").contains("lines/s").contains("ETA   0.0 s");
	}

	@Test
	void staysSilentWhenDisabled() {
		var bytes = new ByteArrayOutputStream();
		var progress = new Progress(new PrintStream(bytes, true, StandardCharsets.UTF_8), false);
		progress.total(4);
		progress.lines(4);
		progress.done(4);
		assertThat(bytes.size()).isZero();
	}
}
