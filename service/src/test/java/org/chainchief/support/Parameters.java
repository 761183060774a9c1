package org.chainchief.support;

import java.math.BigDecimal;
import java.util.List;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * A path or query parameter's text as the JSON value its schema describes (style {@code form}/{@code simple}):
 * an array from repeated or comma-separated values, numbers and booleans parsed when they parse; text that does
 * not parse stays text, so the schema's type check reports it.
 */
final class Parameters {

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private Parameters() {
	}

	static JsonNode value(JsonNode schema, List<String> values) {
		if (types(schema).contains("array")) {
			ArrayNode array = NODES.arrayNode();
			for (String value : values) {
				for (String item : value.split(",", -1)) {
					array.add(scalar(schema.path("items"), item));
				}
			}
			return array;
		}
		return scalar(schema, values.get(values.size() - 1));
	}

	private static JsonNode scalar(JsonNode schema, String text) {
		List<String> types = types(schema);
		try {
			// as the service reads them (Java's number parsing): any decimal digits, e.g. full-width １２ as typed
			// by Chinese input methods
			if (types.contains("integer") && text.matches("-?\\p{Nd}+")) {
				return NODES.numberNode(new java.math.BigInteger(text));
			}
			if (types.contains("number")) {
				return NODES.numberNode(new BigDecimal(text));
			}
		}
		catch (NumberFormatException ex) {
			return NODES.stringNode(text);
		}
		if (types.contains("boolean") && (text.equals("true") || text.equals("false"))) {
			return NODES.booleanNode(Boolean.parseBoolean(text));
		}
		return NODES.stringNode(text);
	}

	private static List<String> types(JsonNode schema) {
		JsonNode type = schema.path("type");
		if (type.isArray()) {
			return type.valueStream().map(JsonNode::asString).toList();
		}
		return type.isMissingNode() ? List.of() : List.of(type.asString());
	}
}
