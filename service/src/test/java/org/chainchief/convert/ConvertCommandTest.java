package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command as run from the jar: arguments in, NDJSON on stdout, progress and report on stderr, exit code. */
class ConvertCommandTest {

	@TempDir
	Path dir;

	private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();

	private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

	@BeforeEach
	void copyTheTpexExcerpt() throws IOException {
		for (String file : List.of("by-chain.json", "stocks.json")) {
			Files.copy(Conversions.excerpt("tpex").resolve(file), dir.resolve(file));
		}
	}

	private int run(String... args) {
		return ConvertCommand.run(args, stdout, new PrintStream(stderr, true, StandardCharsets.UTF_8));
	}

	private String out() {
		return stdout.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return stderr.toString(StandardCharsets.UTF_8);
	}

	@Test
	void writesOnlyTheImportLinesToStdoutAndTheReportToStderr() throws IOException {
		int exit = run("--format", "tpex", dir.toString());

		assertThat(exit).isZero();
		assertThat(out()).isEqualTo(Files.readString(Conversions.excerpt("tpex").resolve("expected.ndjson")));
		assertThat(err()).contains("convert tpex: 46 lines in")
			.contains("cluster 3, link 12, feeds 9, enterprise 9, operates 13, supplies 0")
			.contains("stage mapping 體驗科技 › 應用軟體&內容 → DOWNSTREAM")
			.contains("skipped, merged or substituted")
			.contains("        1  company without a name in stocks.json or by-chain.json (stock code used as name)")
			.contains("e.g. 7406")
			.doesNotContain("\r");
	}

	@Test
	void drawsProgressOnlyWhenAsked() {
		assertThat(run("--format", "tpex", "--progress", dir.toString())).isZero();
		assertThat(err()).contains("\r").contains("46 lines");

		stderr.reset();
		assertThat(run("--format", "tpex", "--no-progress", dir.toString())).isZero();
		assertThat(err()).doesNotContain("\r");
	}

	@Test
	void readsLocalCodesFromAFile() throws IOException {
		Path codes = Files.writeString(dir.resolve("local.txt"), "# ours\n2330\n\nTW-3711\n");

		assertThat(run("--format=tpex", "--local-codes", codes.toString(), dir.toString())).isZero();
		assertThat(out()).contains("{\"kind\":\"enterprise\",\"id\":\"TW-2330\",\"name\":\"台積電\",\"nameEn\":null,\"local\":true")
			.contains("{\"kind\":\"enterprise\",\"id\":\"TW-3711\",\"name\":\"日月光投控\",\"nameEn\":null,\"local\":true")
			.contains("{\"kind\":\"enterprise\",\"id\":\"TW-2454\",\"name\":\"聯發科\",\"nameEn\":null,\"local\":false");
	}

	@Test
	void printsUsageForHelp() {
		assertThat(run("--help")).isZero();
		assertThat(out()).contains("Usage: java -jar chain-chief.jar convert --format=tpex|eto|ckg [options] DIR")
			.contains("--local-codes=FILE")
			.contains("--local-exchange")
			.contains("--local-country=ISO3")
			.contains("--data-binary @out.ndjson");
	}

	@Test
	void wrongUsageExitsWithTwo() {
		assertThat(run(dir.toString())).isEqualTo(2);
		assertThat(err()).contains("Missing required option: '--format=FORMAT'");
		assertThat(out()).isEmpty();

		stderr.reset();
		assertThat(run("--format", "xml", dir.toString())).isEqualTo(2);
		assertThat(err()).contains("--format");

		stderr.reset();
		assertThat(run("--format", "tpex", "--local-country", "CHN", dir.toString())).isEqualTo(2);
		assertThat(err()).contains("--local-country applies to --format eto");

		stderr.reset();
		assertThat(run("--format", "eto", "--local-country", "China", dir.toString())).isEqualTo(2);
		assertThat(err()).contains("ISO 3166-1 alpha-3");
	}

	@Test
	void aFolderWithoutTheDataSetExitsWithOne() throws IOException {
		Path empty = Files.createDirectory(dir.resolve("empty"));

		assertThat(run("--format", "ckg", empty.toString())).isEqualTo(1);
		assertThat(err()).contains("convert: error:").contains("no company.json").contains("ChainKnowledgeGraph");
		assertThat(out()).isEmpty();

		stderr.reset();
		assertThat(run("--format", "tpex", dir.resolve("missing").toString())).isEqualTo(1);
		assertThat(err()).contains("not a folder");
	}
}
