package org.chainchief.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.OpenApi31;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The committed contract ({@code openapi/chain-chief.json}) as a test sees it: the operation for a method and a
 * request path, and any of its schemas compiled as JSON Schema 2020-12 with the OpenAPI 3.1 dialect (networknt's
 * validator), with {@code #/components/schemas/…} references resolved against the document.
 */
public final class Contract {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final SchemaRegistry SCHEMAS = SchemaRegistry.withDefaultDialect(OpenApi31.getInstance());

	private static volatile Contract committed;

	private final JsonNode document;

	private final List<Template> templates = new ArrayList<>();

	private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

	/** A path of the contract, as a pattern over request paths (literal segments before variables). */
	record Template(String path, Pattern pattern, List<String> variables, long literalSegments) {
	}

	/** An operation of the contract matched by a request, with the values of its path variables. */
	public record Match(String method, String path, JsonNode operation, Map<String, String> pathValues) {

		public String name() {
			return method.toUpperCase() + " " + path;
		}
	}

	Contract(JsonNode document) {
		this.document = document;
		document.path("paths").properties().forEach(e -> templates.add(template(e.getKey())));
		templates.sort(Comparator.comparingLong(Template::literalSegments).reversed());
	}

	/** The committed contract, read once per test JVM. */
	public static Contract committed() {
		Contract c = committed;
		if (c == null) {
			synchronized (Contract.class) {
				if (committed == null) {
					Path file = Path.of(System.getProperty("chain-chief.repo-root", ".."), "openapi", "chain-chief.json");
					try {
						committed = new Contract(JSON.readTree(Files.readString(file)));
					}
					catch (IOException ex) {
						throw new UncheckedIOException(ex);
					}
				}
				c = committed;
			}
		}
		return c;
	}

	public JsonNode document() {
		return document;
	}

	/** The operation that a request of {@code method} to {@code rawPath} (no query) is an instance of. */
	public Optional<Match> operation(String method, String rawPath) {
		for (Template t : templates) {
			Matcher m = t.pattern().matcher(rawPath);
			if (!m.matches()) {
				continue;
			}
			JsonNode op = document.path("paths").path(t.path()).path(method.toLowerCase());
			if (op.isMissingNode()) {
				continue;
			}
			Map<String, String> values = new java.util.LinkedHashMap<>();
			for (int i = 0; i < t.variables().size(); i++) {
				values.put(t.variables().get(i),
						java.net.URLDecoder.decode(m.group(i + 1), java.nio.charset.StandardCharsets.UTF_8));
			}
			return Optional.of(new Match(method, t.path(), op, values));
		}
		return Optional.empty();
	}

	/** Whether any operation of the contract has this path (for any method). */
	public boolean hasPath(String rawPath) {
		return templates.stream().anyMatch(t -> t.pattern().matcher(rawPath).matches());
	}

	/** Validation messages of {@code value} against {@code schema} (a schema object of the document); empty if it conforms. */
	public List<String> violations(JsonNode schema, JsonNode value) {
		Schema s = compiled.computeIfAbsent(schema.toString(), key -> {
			ObjectNode root = ((ObjectNode) schema).deepCopy();
			root.set("components", document.path("components"));
			return SCHEMAS.getSchema(root);
		});
		return s.validate(value).stream().map(e -> e.getInstanceLocation() + ": " + e.getMessage()).toList();
	}

	/** The component schema of this name (for answers outside any operation). */
	public JsonNode component(String name) {
		return document.path("components").path("schemas").path(name);
	}

	static JsonNode parse(byte[] json) {
		return JSON.readTree(json);
	}

	static JsonNode text(String value) {
		return JSON.getNodeFactory().stringNode(value);
	}

	static ObjectNode object() {
		return JSON.createObjectNode();
	}

	static tools.jackson.databind.node.ArrayNode array() {
		return JSON.createArrayNode();
	}

	private static Template template(String path) {
		List<String> variables = new ArrayList<>();
		StringBuilder regex = new StringBuilder();
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(path);
		int last = 0;
		while (m.find()) {
			regex.append(Pattern.quote(path.substring(last, m.start()))).append("([^/]+)");
			variables.add(m.group(1));
			last = m.end();
		}
		regex.append(Pattern.quote(path.substring(last)));
		long literal = java.util.Arrays.stream(path.split("/")).filter(s -> !s.isEmpty() && !s.startsWith("{")).count();
		return new Template(path, Pattern.compile(regex.toString()), variables, literal);
	}
}
