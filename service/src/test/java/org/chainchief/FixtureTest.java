package org.chainchief;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.http.MediaType;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An integration test that starts from an NDJSON fixture in {@code src/test/resources/fixtures/}.
 * Interim loader until the import endpoint exists: one parameterised statement per record kind.
 */
public abstract class FixtureTest extends IntegrationTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Map<String, String> STATEMENTS = Map.of("cluster", """
			UNWIND $rows AS r MERGE (c:Cluster {id: r.id})
			SET c += r { .name, .nameEn, .chief, .description }""", "link", """
			UNWIND $rows AS r MERGE (l:Link {id: r.id})
			SET l += r { .name, .nameEn, .stage, .chokepoint, .description }
			WITH l, r
			UNWIND coalesce(r.clusters, []) AS cid
			MATCH (c:Cluster {id: cid}) MERGE (c)-[:HAS_LINK]->(l)""", "feeds", """
			UNWIND $rows AS r MATCH (a:Link {id: r.from}), (b:Link {id: r.to}) MERGE (a)-[:FEEDS]->(b)""",
			"enterprise", """
					UNWIND $rows AS r MERGE (e:Enterprise {id: r.id})
					SET e += r { .name, .nameEn, .local, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
					             .description }""",
			"operates", """
					UNWIND $rows AS r MATCH (e:Enterprise {id: r.enterprise}), (l:Link {id: r.link})
					MERGE (e)-[o:OPERATES_IN]->(l) SET o.share = r.share""", "supplies", """
					UNWIND $rows AS r MATCH (s:Enterprise {id: r.supplier}), (b:Enterprise {id: r.buyer})
					MERGE (s)-[:SUPPLIES {link: r.link}]->(b)""");

	private static final List<String> ORDER = List.of("cluster", "link", "feeds", "enterprise", "operates",
			"supplies");

	/** GET {@code uri}, expecting 200 with a JSON body. */
	protected JsonNode getJson(String uri) {
		byte[] body = web.get()
			.uri(uri)
			.accept(MediaType.APPLICATION_JSON)
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	/** GET {@code uri}, expecting a problem with this status; returns the problem body. */
	protected JsonNode getProblem(String uri, int status) {
		byte[] body = web.get()
			.uri(uri)
			.exchange()
			.expectStatus()
			.isEqualTo(status)
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.returnResult()
			.getResponseBody();
		return JSON.readTree(body);
	}

	protected static JsonNode json(byte[] body) {
		return JSON.readTree(body);
	}

	/** Loads {@code fixtures/<name>} (NDJSON, one record a line, {@code kind} first). */
	protected void load(String name) {
		Map<String, List<Map<String, Object>>> byKind = new HashMap<>();
		try (InputStream in = getClass().getResourceAsStream("/fixtures/" + name)) {
			if (in == null) {
				throw new IllegalArgumentException("No fixture " + name);
			}
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				Map<String, Object> row = new LinkedHashMap<>(JSON.readValue(line, new TypeReference<Map<String, Object>>() {
				}));
				byKind.computeIfAbsent((String) row.remove("kind"), k -> new ArrayList<>()).add(row);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		for (String kind : ORDER) {
			List<Map<String, Object>> rows = byKind.remove(kind);
			if (rows != null) {
				cypher(STATEMENTS.get(kind), Map.of("rows", rows));
			}
		}
		if (!byKind.isEmpty()) {
			throw new IllegalArgumentException("Unsupported kinds in " + name + ": " + byKind.keySet());
		}
	}
}
