package org.chainchief.convert;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar chain-chief.jar convert --format FORMAT [options] DIR > out.ndjson}: converts a public data set
 * into the NDJSON import format. stdout carries only the import lines; stderr the progress and the report.
 */
@Command(name = "convert", sortOptions = false, usageHelpWidth = 110,
		customSynopsis = "java -jar chain-chief.jar convert --format=tpex|eto|ckg [options] DIR > out.ndjson",
		description = { "Converts a public data set into chain-chief's NDJSON import format.",
				"stdout: the import lines only (UTF-8): clusters, links, feeds, enterprises, operates, supplies.",
				"stderr: progress, mapping notes, and what was skipped, merged or substituted (with examples).",
				"Import the output with:",
				"  curl -X POST -H 'Content-Type: application/x-ndjson' --data-binary @out.ndjson \\",
				"       http://localhost:8080/api/v1/import", "" },
		footer = { "", "Formats:",
				"  tpex  tw-sector-map: by-chain.json, stocks.json (TPEx value chains; MIT, attribute 櫃買中心)",
				"  eto   eto-chip-explorer: inputs, providers, provision, sequence .csv (CSET; CC BY-NC 4.0,",
				"        non-commercial use only)",
				"  ckg   ChainKnowledgeGraph: company.json, company_industry.json, product.json,",
				"        product_product.jsonl, company_product.jsonl (A-share chain graph; attribute 刘焕勇)",
				"", "Exit codes: 0 converted, 1 the data set cannot be read, 2 wrong usage." })
public final class ConvertCommand implements Callable<Integer> {

	enum Exchange {
		SH, SZ, BJ
	}

	@Option(names = "--format", required = true, paramLabel = "FORMAT",
			description = "Data set format: ${COMPLETION-CANDIDATES}.")
	Format format;

	@Parameters(index = "0", paramLabel = "DIR", description = "Folder holding the data set's files.")
	Path dir;

	@Option(names = "--local-codes", paramLabel = "FILE",
			description = "tpex, ckg: file with one stock code per line (blank lines and # comments ignored); "
					+ "those companies are local. tpex: 2330 or TW-2330; ckg: 688268.SH (or 688268).")
	Path localCodes;

	@Option(names = "--local-exchange", split = ",", paramLabel = "SH|SZ|BJ",
			description = "ckg: companies listed on these exchanges are local (in addition to --local-codes).")
	List<Exchange> localExchanges = List.of();

	@Option(names = "--local-country", paramLabel = "ISO3",
			description = "eto: organisations of this country (ISO 3166-1 alpha-3, e.g. CHN) are local.")
	String localCountry;

	@Option(names = "--progress", negatable = true,
			description = "Draw a progress line on stderr (default: only when stderr is a terminal).")
	Boolean progress;

	@Option(names = "--examples", defaultValue = "3", paramLabel = "N",
			description = "Examples shown per report reason (default: ${DEFAULT-VALUE}).")
	int examples;

	@Option(names = { "-h", "--help" }, usageHelp = true, description = "Show this help and exit.")
	boolean help;

	@Spec
	CommandSpec spec;

	private OutputStream stdout;

	private PrintStream stderr;

	/** Entry point from {@code ChainChiefApplication}: runs the command on the process's stdout and stderr. */
	public static int run(String... args) {
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		return run(args, new FileOutputStream(FileDescriptor.out), err);
	}

	/** Runs the command with the given streams and answers its exit code. */
	public static int run(String[] args, OutputStream stdout, PrintStream stderr) {
		ConvertCommand command = new ConvertCommand();
		command.stdout = stdout;
		command.stderr = stderr;
		CommandLine cli = new CommandLine(command).setCaseInsensitiveEnumValuesAllowed(true)
			.setOut(new PrintWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8), true))
			.setErr(new PrintWriter(new OutputStreamWriter(stderr, StandardCharsets.UTF_8), true))
			.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
				IOException io = ioCause(ex);
				if (ex instanceof ConversionException) {
					commandLine.getErr().println("convert: error: " + ex.getMessage());
				}
				else if (io != null) {
					commandLine.getErr().println("convert: error: " + io);
				}
				else {
					commandLine.getErr().println("convert: error: " + ex);
					ex.printStackTrace(stderr);
				}
				return 1;
			});
		return cli.execute(args);
	}

	private static IOException ioCause(Throwable ex) {
		for (Throwable t = ex; t != null; t = t.getCause()) {
			if (t instanceof IOException io) {
				return io;
			}
		}
		return null;
	}

	@Override
	public Integer call() throws IOException {
		Locality locality = locality();
		if (!Files.isDirectory(dir)) {
			throw new ConversionException(dir + ": not a folder");
		}
		Progress display = new Progress(stderr, progress != null ? progress : Progress.stderrIsTerminal());
		Report report = new Report(Math.max(0, examples));
		RecordSet records = new RecordSet(report);
		format.converter().convert(dir, locality, records, report, display);
		long lines;
		OutputStream out = new BufferedOutputStream(stdout, 1 << 16);
		try (NdjsonWriter writer = new NdjsonWriter(out, display)) {
			records.write(writer);
			lines = writer.lines();
		}
		out.flush();
		display.done(lines);
		double seconds = display.elapsedSeconds();
		String perKind = records.counts()
			.entrySet()
			.stream()
			.map(e -> e.getKey() + " " + String.format("%,d", e.getValue()))
			.collect(Collectors.joining(", "));
		stderr.printf(Locale.ROOT, "convert %s: %,d lines in %.1f s (%,.0f lines/s)%n  %s%n", format, lines, seconds,
				seconds > 0 ? lines / seconds : 0, perKind);
		report.print(stderr);
		stderr.flush();
		return 0;
	}

	private Locality locality() throws IOException {
		Set<String> codes = new LinkedHashSet<>();
		if (localCodes != null) {
			if (format == Format.eto) {
				throw usage("--local-codes applies to --format tpex or ckg");
			}
			if (!Files.isRegularFile(localCodes)) {
				throw usage("--local-codes: no file " + localCodes);
			}
			for (String line : Files.readAllLines(localCodes, StandardCharsets.UTF_8)) {
				String code = line.replace("\uFEFF", "").strip();
				if (!code.isEmpty() && !code.startsWith("#")) {
					String normalized = format == Format.tpex ? TpexConverter.code(code) : CkgConverter.code(code, null);
					codes.add(normalized != null ? normalized : code);
				}
			}
		}
		if (!localExchanges.isEmpty() && format != Format.ckg) {
			throw usage("--local-exchange applies to --format ckg");
		}
		String country = null;
		if (localCountry != null) {
			if (format != Format.eto) {
				throw usage("--local-country applies to --format eto");
			}
			country = localCountry.strip().toUpperCase(Locale.ROOT);
			if (!country.matches("[A-Z]{3}")) {
				throw usage("--local-country must be an ISO 3166-1 alpha-3 code such as CHN");
			}
		}
		Set<String> exchanges = localExchanges.stream().map(Enum::name).collect(Collectors.toSet());
		return new Locality(codes, exchanges, country);
	}

	private ParameterException usage(String message) {
		return new ParameterException(spec.commandLine(), message);
	}
}
