package org.chainchief.importer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.chainchief.support.Query;
import org.neo4j.cli.ExecutionContext;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.io.ByteUnit;
import org.neo4j.importer.ImportCommand;
import org.neo4j.io.fs.DefaultFileSystemAbstraction;
import picocli.CommandLine;

/**
 * The embedded database's store under a data folder (the service's {@code chain-chief.neo4j.data-dir}), written by
 * Neo4j's own bulk importer ({@code neo4j-admin database import full}, run in this process). Only a new store: the
 * importer writes the store files directly, without transactions, so it cannot add to a database. A failed run leaves
 * no store behind.
 */
final class BulkStore {

	static final String DATABASE = "neo4j";

	private final Path home;

	BulkStore(Path home) {
		this.home = home.toAbsolutePath().normalize();
	}

	Path store() {
		return home.resolve("data").resolve("databases").resolve(DATABASE);
	}

	private Path transactions() {
		return home.resolve("data").resolve("transactions").resolve(DATABASE);
	}

	/** Whether the folder already holds a database (the service ran on it, or an earlier load). */
	boolean exists() throws IOException {
		for (Path folder : List.of(store(), transactions())) {
			if (Files.isDirectory(folder)) {
				try (Stream<Path> entries = Files.list(folder)) {
					if (entries.findAny().isPresent()) {
						return true;
					}
				}
			}
		}
		return false;
	}

	/**
	 * Runs the importer on the files; true when it wrote the store. Its progress goes to {@code log}; on failure the
	 * partial store is removed.
	 */
	boolean load(BulkCsv.Inputs inputs, Path reportFile, PrintStream log) throws IOException {
		List<String> args = new ArrayList<>();
		inputs.nodes().forEach((label, file) -> args.add("--nodes=" + label + "=" + file));
		inputs.relationships().forEach((type, file) -> args.add("--relationships=" + type + "=" + file));
		args.add("--array-delimiter=" + BulkCsv.ARRAY_DELIMITER);
		args.add("--multiline-fields=" + inputs.multiline());
		args.add("--ignore-empty-strings=false");
		args.add("--trim-strings=false");
		args.add("--skip-bad-relationships=false");
		args.add("--skip-duplicate-nodes=false");
		args.add("--report-file=" + reportFile);
		args.add("--overwrite-destination=false");
		args.add(DATABASE);
		Files.createDirectories(home);
		var context = new ExecutionContext(home, home.resolve("conf"), log, log, new DefaultFileSystemAbstraction());
		int exit;
		try {
			exit = new CommandLine(new ImportCommand.Full(context)).execute(args.toArray(String[]::new));
		}
		catch (RuntimeException ex) {
			ex.printStackTrace(log);
			exit = 1;
		}
		if (exit != 0) {
			delete(store());
			delete(transactions());
			return false;
		}
		return true;
	}

	/**
	 * Opens the new store once, as the service will, and writes what the importer cannot, each in its own
	 * transaction: the empty tag lists ({@code emptyTags}, batches of 10,000 until none is left), then the load's
	 * entry in the audit trail ({@code audit} with {@code entry}). Answers how many tag lists were set; on failure the
	 * store is removed.
	 */
	long finish(Query emptyTags, Query audit, Map<String, Object> entry) throws IOException {
		DatabaseManagementService dbms = null;
		boolean done = false;
		try {
			dbms = new DatabaseManagementServiceBuilder(home).setConfig(BoltConnector.enabled, false)
				.setConfig(HttpConnector.enabled, false)
				.setConfig(HttpsConnector.enabled, false)
				.setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(512))
				.build();
			GraphDatabaseService db = dbms.database(DATABASE);
			long total = 0;
			long written;
			do {
				written = db.executeTransactionally(emptyTags.text(), Map.of("batch", 10_000),
						result -> ((Number) result.next().get("written")).longValue());
				total += written;
			}
			while (written > 0);
			db.executeTransactionally(audit.text(), entry);
			done = true;
			return total;
		}
		finally {
			if (dbms != null) {
				dbms.shutdown();
			}
			if (!done) {
				delete(store());
				delete(transactions());
			}
		}
	}

	static void delete(Path folder) throws IOException {
		if (!Files.exists(folder)) {
			return;
		}
		try (Stream<Path> paths = Files.walk(folder)) {
			for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
				Files.delete(path);
			}
		}
	}
}
