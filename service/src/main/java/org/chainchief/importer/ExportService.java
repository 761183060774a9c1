package org.chainchief.importer;

import java.lang.reflect.RecordComponent;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphSettings.Work;
import org.chainchief.support.Query;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferFactory;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.SignalType;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the whole graph back in the import format, kind by kind, in one read transaction: importing the
 * export into an empty graph and exporting again gives the same lines.
 */
@Service
final class ExportService {

	private static final Logger log = LoggerFactory.getLogger(ExportService.class);

	/** Lines per written chunk of the export (a few tens of kilobytes). */
	static final int LINES_PER_CHUNK = 256;

	private final Graph graph;

	private final JsonMapper json;

	private final Map<Kind, Query> queries = new EnumMap<>(Kind.class);

	ExportService(Graph graph, CypherCatalog cypher, JsonMapper json) {
		this.graph = graph;
		this.json = json;
		for (Kind kind : Kind.values()) {
			queries.put(kind, cypher.get("export/" + kind.wire));
		}
	}

	Flux<ObjectNode> export() {
		return Flux.defer(() -> {
			Demand response = new Demand();
			Demand database = new Demand();
			AtomicReference<Kind> current = new AtomicReference<>();
			return graph.inTransaction(Work.EXPORT, queries.get(Kind.CLUSTER), tx -> Flux.fromArray(Kind.values())
				.concatMap(kind -> Graph.records(tx, queries.get(kind), Map.of())
					.doOnSubscribe(s -> current.set(kind))
					.doOnRequest(database::asked)
					.doOnNext(r -> database.given())
					.map(r -> line(kind, r.get("record").asMap()))))
				.doOnRequest(response::asked)
				.doOnNext(line -> response.given())
				.doFinally(signal -> {
					if (signal != SignalType.ON_COMPLETE) {
						// which side stopped: a response that asked for no more, or a database that gave no more
						log.warn("Export ended ({}) after {} lines; the response had asked for {}; of the {} records "
								+ "the database had been asked for, {} came", signal, response.given.get(),
								response.text(), database.text() + (current.get() == null ? "" : " (" + current.get().wire + ")"),
								database.given.get());
					}
				});
		});
	}

	/**
	 * The export as NDJSON bytes, many lines to a buffer, for the response's plain write: written as one stream of
	 * chunks, not one flushed element per line (a streamed body of elements, each flushed, stopped asking for more
	 * after a few dozen lines now and then and held the export's transaction open until its bound).
	 */
	Flux<DataBuffer> ndjson(DataBufferFactory buffers) {
		return export().map(json::writeValueAsBytes).buffer(LINES_PER_CHUNK).map(lines -> {
			int size = 0;
			for (byte[] line : lines) {
				size += line.length + 1;
			}
			DataBuffer chunk = buffers.allocateBuffer(size);
			for (byte[] line : lines) {
				chunk.write(line);
				chunk.write((byte) '\n');
			}
			return chunk;
		});
	}

	/** Items asked for (a sum of requests, capped at unbounded) and given, on one side of the export's stream. */
	private static final class Demand {

		final AtomicLong asked = new AtomicLong();

		final AtomicLong given = new AtomicLong();

		void asked(long n) {
			asked.accumulateAndGet(n, (a, b) -> a == Long.MAX_VALUE || b == Long.MAX_VALUE || a + b < 0 ? Long.MAX_VALUE : a + b);
		}

		void given() {
			given.incrementAndGet();
		}

		String text() {
			return asked.get() == Long.MAX_VALUE ? "all" : String.valueOf(asked.get());
		}
	}

	/** One line: {@code kind} first, then the record's fields in their declared order, nulls left out. */
	private ObjectNode line(Kind kind, Map<String, Object> values) {
		ObjectNode node = json.createObjectNode();
		node.put("kind", kind.wire);
		for (RecordComponent component : kind.type.getRecordComponents()) {
			Object value = values.get(component.getName());
			if (value != null) {
				node.set(component.getName(), json.valueToTree(value));
			}
		}
		return node;
	}
}
