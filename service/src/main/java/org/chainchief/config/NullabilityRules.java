package org.chainchief.config;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;

/**
 * What a client may rely on, stated the same way for every schema, so that a null-strict client (Kotlin, Swift,
 * TypeScript with strict null checks) reads every answer:
 * <ul>
 * <li><b>Answers</b> (schemas only ever sent by the service): every property is always written (Jackson writes
 * nulls), so every property is {@code required}; a property whose Java field may be null is declared with
 * {@code @Schema(nullable = true)} and its type includes {@code null}. Exception: a schema whose class leaves
 * nulls out ({@code @JsonInclude(NON_NULL)}: {@link #SKIPS_NULLS}) requires only its non-nullable properties.</li>
 * <li><b>Request bodies</b> (schemas reachable from a request body; their answers echo them): {@code required} is
 * what bean validation requires; every other property may be left out or sent as null, and comes back as null,
 * so its type includes {@code null}.</li>
 * </ul>
 * A nullable {@code $ref} becomes {@code anyOf: [{$ref}, {type: null}]}; a nullable enum lists {@code null}.
 */
final class NullabilityRules {

	/** Schemas whose class is {@code @JsonInclude(NON_NULL)}: a null property is left out, not written as null. */
	static final Set<String> SKIPS_NULLS = Set.of("ImportJob", "MindNode");

	/** Written by hand in {@link OpenApiConfiguration}, with its own required list. */
	private static final Set<String> HAND_WRITTEN = Set.of(OpenApiConfiguration.PROBLEM);

	private static final String REF_PREFIX = "#/components/schemas/";

	private NullabilityRules() {
	}

	static void apply(OpenAPI openApi) {
		Map<String, Schema> schemas = openApi.getComponents().getSchemas();
		if (schemas == null) {
			return;
		}
		Set<String> requestSchemas = requestSchemas(openApi, schemas);
		schemas.forEach((name, schema) -> {
			if (HAND_WRITTEN.contains(name) || schema.getProperties() == null) {
				return;
			}
			if (requestSchemas.contains(name)) {
				requestRules(schema);
			}
			else {
				answerRules(schema, !SKIPS_NULLS.contains(name));
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static void requestRules(Schema<?> schema) {
		Set<String> required = schema.getRequired() == null ? Set.of() : new HashSet<>(schema.getRequired());
		Map<String, Schema> properties = schema.getProperties();
		properties.replaceAll((property, p) -> required.contains(property) ? p : nullable(p));
	}

	@SuppressWarnings("unchecked")
	private static void answerRules(Schema<?> schema, boolean writesNulls) {
		Set<String> required = new TreeSet<>(schema.getRequired() == null ? List.of() : schema.getRequired());
		Map<String, Schema> properties = schema.getProperties();
		properties.replaceAll((property, p) -> {
			boolean isNullable = isNullable(p);
			if (writesNulls || !isNullable) {
				required.add(property);
			}
			return isNullable ? nullable(p) : p;
		});
		schema.setRequired(new ArrayList<>(required));
	}

	private static boolean isNullable(Schema<?> p) {
		return Boolean.TRUE.equals(p.getNullable()) || (p.getTypes() != null && p.getTypes().contains("null"))
				|| isNullRefUnion(p);
	}

	private static boolean isNullRefUnion(Schema<?> p) {
		return p.getAnyOf() != null && p.getAnyOf().stream()
			.anyMatch(s -> s.getTypes() != null && s.getTypes().equals(Set.of("null")));
	}

	/** The property with {@code null} allowed. */
	@SuppressWarnings({ "rawtypes", "unchecked" })
	static Schema nullable(Schema p) {
		p.setNullable(null);
		if (isNullRefUnion(p)) {
			return p;
		}
		if (p.get$ref() != null) {
			Schema union = new JsonSchema().description(p.getDescription())
				.addAnyOfItem(new JsonSchema().$ref(p.get$ref()))
				.addAnyOfItem(new JsonSchema().types(Set.of("null")));
			union.setExample(p.getExample());
			return union;
		}
		if (p.getTypes() == null || p.getTypes().isEmpty()) {
			if (p.getType() == null) {
				return p; // no type: anything, null included
			}
			p.setTypes(new LinkedHashSet<>(List.of(p.getType())));
		}
		if (!p.getTypes().contains("null")) {
			Set<String> types = new LinkedHashSet<>(p.getTypes());
			types.add("null");
			p.setTypes(types);
		}
		if (p.getEnum() != null && !p.getEnum().contains(null)) {
			List<Object> values = new ArrayList<>(p.getEnum());
			values.add(null);
			p.setEnum(values);
		}
		return p;
	}

	/** Names of the component schemas reachable from a request body. */
	@SuppressWarnings("rawtypes")
	private static Set<String> requestSchemas(OpenAPI openApi, Map<String, Schema> schemas) {
		Deque<Schema> todo = new ArrayDeque<>();
		openApi.getPaths().values().forEach(item -> item.readOperations().forEach(op -> {
			if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
				op.getRequestBody().getContent().values().stream().map(MediaType::getSchema).forEach(s -> {
					if (s != null) {
						todo.add(s);
					}
				});
			}
		}));
		Set<String> found = new HashSet<>();
		while (!todo.isEmpty()) {
			Schema s = todo.pop();
			if (s.get$ref() != null) {
				String name = s.get$ref().substring(REF_PREFIX.length());
				if (found.add(name) && schemas.containsKey(name)) {
					todo.add(schemas.get(name));
				}
				continue;
			}
			children(s).forEach(todo::add);
		}
		return found;
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static List<Schema> children(Schema s) {
		List<Schema> children = new ArrayList<>();
		if (s.getProperties() != null) {
			children.addAll(s.getProperties().values());
		}
		if (s.getItems() != null) {
			children.add(s.getItems());
		}
		if (s.getAdditionalProperties() instanceof Schema additional) {
			children.add(additional);
		}
		for (List<Schema> list : new List[] { s.getAllOf(), s.getAnyOf(), s.getOneOf() }) {
			if (list != null) {
				children.addAll(list);
			}
		}
		return children;
	}
}
