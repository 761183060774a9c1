package org.chainchief.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

import jakarta.validation.Validator;
import org.chainchief.config.RecordReading;
import org.chainchief.support.CypherCatalog;
import org.chainchief.importer.ImportSource.SourceRecord;
import org.chainchief.importer.RecordParser.Parsed;
import org.chainchief.importer.RecordParser.Result;
import org.springframework.context.annotation.AnnotationConfigApplicationContext;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar chain-chief.jar bulk-load [--data DIR] FILE.ndjson}: the fastest first load of a large graph.
 * Reads the import format, judges every line as {@code POST /api/v1/import} would into an empty database
 * ({@link BulkGraph}), writes what it would write as CSV ({@link BulkCsv}) and has Neo4j's bulk importer build the
 * embedded database's store from them ({@link BulkStore}); the service then starts on that folder. stdout carries
 * only the report (the import's JSON shape); stderr the progress.
 */
@Command(name = "bulk-load", sortOptions = false, usageHelpWidth = 110,
		customSynopsis = "java -jar chain-chief.jar bulk-load [--data=DIR] FILE.ndjson > report.json",
		description = { "Builds a new embedded database from an NDJSON import file with Neo4j's bulk importer.",
				"For a first load only: the data folder must hold no database yet. Every line is judged as",
				"POST /api/v1/import judges it into an empty database (the same report: counts and rejected lines",
				"with their reasons); cluster, link, enterprise, feeds, operates and supplies records are written.",
				"Then start the service on the folder (CHAIN_CHIEF_DATA=DIR); its first start builds the indexes.",
				"" },
		footer = { "", "Exit codes: 0 loaded (rejected lines are in the report), 1 the file cannot be read or the",
				"importer failed (no database is left behind), 2 wrong usage, 3 the folder holds a database already." })
public final class BulkLoadCommand implements Callable<Integer> {

	private static final int CHUNK = 20_000;

	@Parameters(index = "0", paramLabel = "FILE", description = "NDJSON in the import format (UTF-8).")
	Path file;

	@Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:CHAIN_CHIEF_DATA:-./data}",
			description = "The service's data folder (default: $CHAIN_CHIEF_DATA, else ./data, as the service).")
	Path data;

	private final PrintStream out;

	private final PrintStream err;

	BulkLoadCommand(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	/** Runs the command line; answers the exit code. */
	public static int run(String... args) {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "bulk-load-logback.xml");
		}
		PrintStream out = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true, StandardCharsets.UTF_8);
		return new CommandLine(new BulkLoadCommand(out, err)).execute(args);
	}

	@Override
	public Integer call() throws IOException {
		long started = System.nanoTime();
		BulkStore store = new BulkStore(data);
		if (store.exists()) {
			err.println("bulk-load: " + store.store() + " holds a database already. The bulk load builds a new one; "
					+ "add to a running service's graph with POST /api/v1/import, or choose an empty --data folder.");
			return 3;
		}
		if (!Files.isReadable(file)) {
			err.println("bulk-load: cannot read " + file);
			return 1;
		}
		BulkGraph graph = new BulkGraph();
		JsonMapper json;
		try (var beans = new AnnotationConfigApplicationContext(RecordReading.class)) {
			json = beans.getBean(JsonMapper.class);
			RecordParser parser = new RecordParser(json, beans.getBean(Validator.class));
			long lines = read(parser, graph);
			err.printf("bulk-load: %,d lines read and judged in %,d ms%n", lines, (System.nanoTime() - started) / 1_000_000);
		}
		graph.fold();
		Path parent = Files.createDirectories(data.toAbsolutePath().normalize().getParent());
		Path work = Files.createTempDirectory(parent, ".chain-chief-bulk-"); // beside the store: as large as the file
		try {
			BulkCsv.Inputs inputs = new BulkCsv(work).write(graph);
			long written = System.nanoTime();
			err.printf("bulk-load: CSV written in %,d ms; building the store in %s%n", (written - started) / 1_000_000,
					store.store());
			if (!store.load(inputs, work.resolve("import.report"), err)) {
				err.println("bulk-load: the importer failed (above); no database was left in " + data);
				return 1;
			}
			CypherCatalog cypher = new CypherCatalog();
			ImportReport judged = graph.report((System.nanoTime() - started) / 1_000_000);
			long emptyTags = store.finish(cypher.get("import/bulk-empty-tags"), cypher.get("audit/create"),
					auditEntry(judged, graph, json));
			err.printf("bulk-load: store built; %,d empty tag lists set, in %,d ms%n", emptyTags,
					(System.nanoTime() - started) / 1_000_000);
		}
		finally {
			BulkStore.delete(work);
		}
		long ms = (System.nanoTime() - started) / 1_000_000;
		ImportReport report = graph.report(ms);
		out.println(json.writeValueAsString(report));
		err.printf("bulk-load: %,d records (%,d accepted, %,d rejected) in %,d ms: %,.0f records/s. Start the service "
				+ "with CHAIN_CHIEF_DATA=%s; its first start builds the indexes.%n", report.records(),
				report.accepted(), report.rejectedCount(), ms, report.records() * 1000.0 / Math.max(1, ms), data);
		return 0;
	}

	/**
	 * The load's entry in the audit trail, as an import's: who ran it (the operating-system user, since it runs on
	 * the machine and not through the API), the file, the clusters it wrote (at most 1000) and its summary.
	 */
	private Map<String, Object> auditEntry(ImportReport report, BulkGraph graph, JsonMapper json) {
		java.util.TreeSet<String> clusters = new java.util.TreeSet<>(graph.clusters.keySet());
		graph.links.values().forEach(link -> clusters.addAll(link.clusters));
		Map<String, Object> entry = new java.util.HashMap<>();
		entry.put("id", org.chainchief.support.RandomIds.next());
		entry.put("actor", "bulk-load (" + System.getProperty("user.name") + ")");
		entry.put("roles", List.of());
		entry.put("kind", "import");
		entry.put("target", file.getFileName().toString());
		entry.put("action", "IMPORT");
		entry.put("clusters", clusters.stream().limit(1000).toList());
		entry.put("fields", List.of());
		entry.put("before", null);
		entry.put("after", null);
		entry.put("summary", json.writeValueAsString(ImportService.summary(report)));
		return entry;
	}

	/** Reads the file in chunks, each parsed on every core, and hands the results to the graph in line order. */
	private long read(RecordParser parser, BulkGraph graph) throws IOException {
		long number = 0;
		try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			List<SourceRecord> chunk = new ArrayList<>(CHUNK);
			String text;
			while ((text = reader.readLine()) != null) {
				number++;
				if (!text.isBlank()) {
					chunk.add(SourceRecord.ofText(number, text));
				}
				if (chunk.size() == CHUNK) {
					fold(parser, chunk, graph);
					chunk.clear();
				}
			}
			fold(parser, chunk, graph);
		}
		return number;
	}

	private static void fold(RecordParser parser, List<SourceRecord> chunk, BulkGraph graph) {
		List<Judged> results = chunk.parallelStream().map(parser::parse).map(BulkLoadCommand::lean)
			.map(result -> new Judged(result, result.parsed() == null ? null : BulkCsv.unfit(result.parsed().record())))
			.toList();
		for (Judged judged : results) {
			if (judged.unfit() != null) {
				graph.refuse(judged.result().parsed(), judged.unfit(), "holds the control character U+001F, which the "
						+ "bulk load cannot store; import this record with POST /api/v1/import");
			}
			else {
				graph.read(judged.result());
			}
		}
	}

	/** A line's parse result and the field whose value the CSV files cannot hold (null: none). */
	private record Judged(Result result, String unfit) {
	}

	/** The result without the line's text, which is no longer needed (a large file is held as records only). */
	private static Result lean(Result result) {
		Parsed parsed = result.parsed();
		if (parsed == null) {
			return result;
		}
		SourceRecord source = new SourceRecord(parsed.source().line(), null, null, null, Map.of());
		return new Result(new Parsed(source, parsed.kind(), parsed.record()), null);
	}
}
