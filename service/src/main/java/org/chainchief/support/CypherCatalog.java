package org.chainchief.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Every query the service runs, read once at start-up from {@code cypher/queries/**}{@code /*.cypher}.
 * A query is named by its path below {@code queries/} without the extension, e.g. {@code cluster/list}.
 * Asking for a query that has no file fails, so a repository whose file is missing stops start-up.
 */
@Component
public final class CypherCatalog {

	private static final String ROOT = "cypher/queries/";

	private final Map<String, Query> queries;

	public CypherCatalog() {
		this.queries = load();
	}

	public Query get(String name) {
		Query query = queries.get(name);
		if (query == null) {
			throw new IllegalStateException("No Cypher file " + ROOT + name + ".cypher on the class path");
		}
		return query;
	}

	public int size() {
		return queries.size();
	}

	private static Map<String, Query> load() {
		var resolver = new PathMatchingResourcePatternResolver(CypherCatalog.class.getClassLoader());
		Map<String, Query> found = new TreeMap<>();
		try {
			for (Resource resource : resolver.getResources("classpath*:" + ROOT + "**/*.cypher")) {
				String url = resource.getURL().toString();
				String name = url.substring(url.lastIndexOf(ROOT) + ROOT.length(), url.length() - ".cypher".length());
				found.put(name, new Query(name, stripComments(resource.getContentAsString(StandardCharsets.UTF_8))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot read the Cypher catalog", ex);
		}
		return Map.copyOf(found);
	}

	/** Drops whole-line {@code //} comments so the files can document themselves. */
	public static String stripComments(String text) {
		StringBuilder out = new StringBuilder();
		for (String line : text.split("\n")) {
			if (!line.strip().startsWith("//")) {
				out.append(line).append('\n');
			}
		}
		return out.toString().strip();
	}
}
