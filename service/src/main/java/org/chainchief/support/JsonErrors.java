package org.chainchief.support;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import tools.jackson.databind.DatabindException;
import tools.jackson.databind.exc.InvalidFormatException;

/**
 * Names the field and the reason of a JSON value that does not fit its record, in words a client can act on
 * ({@code stage}: "must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM (got 'x')"); shared by REST bodies and import lines.
 */
public final class JsonErrors {

	/** Jackson's refusal of a coercion: {@code Cannot coerce String value ("lots") to `java.lang.Double` value …}. */
	private static final Pattern COERCED = Pattern.compile("^Cannot coerce \\w+ value \\((.*?)\\) to `([^`]*)`");

	private JsonErrors() {
	}

	/** The failing field as a dotted path ({@code links[2]}), or {@code null} when the whole value is wrong. */
	public static String field(DatabindException ex) {
		StringBuilder path = new StringBuilder();
		for (var ref : ex.getPath()) {
			if (ref.getPropertyName() != null) {
				if (!path.isEmpty()) {
					path.append('.');
				}
				path.append(ref.getPropertyName());
			}
			else if (ref.getIndex() >= 0) {
				path.append('[').append(ref.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? null : path.toString();
	}

	/** What the field must be. */
	public static String reason(DatabindException ex) {
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null) {
			Class<?> target = invalid.getTargetType();
			return "must be " + expected(target) + " (got '" + invalid.getValue() + "')";
		}
		String message = Objects.requireNonNullElse(ex.getOriginalMessage(), "has the wrong type");
		Matcher coerced = COERCED.matcher(message);
		if (coerced.find()) {
			// a scalar of another JSON type (strict typing, see JsonConfiguration): say what was sent
			String got = coerced.group(1).replaceAll("^\"(.*)\"$", "$1");
			return "must be " + describe(coerced.group(2)) + " (got '" + got + "')";
		}
		if (message.startsWith("Cannot deserialize value of type")) {
			String type = message.replaceAll("(?s)Cannot deserialize value of type `([^`]*)`.*", "$1");
			return "must be " + describe(type);
		}
		return message.lines().findFirst().orElse(message);
	}

	/** What a value of {@code type} must be, in a client's words: "one of A, B", "a date like …", "a whole number". */
	public static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.stream(type.getEnumConstants()).map(Object::toString).collect(Collectors.joining(", "));
		}
		return type == LocalDate.class ? "a date like 2025-03-10" : describe(type.getName());
	}

	/** A Java type in a client's words: "a whole number", "true or false", "a string". */
	private static String describe(String type) {
		return switch (type.replaceAll("<.*", "")) {
			case "java.lang.Double", "double", "java.lang.Float", "float" -> "a number";
			case "java.lang.Integer", "int", "java.lang.Long", "long" -> "a whole number";
			case "java.lang.Boolean", "boolean" -> "true or false";
			case "java.lang.String" -> "a string";
			case "java.util.List" -> "a list";
			default -> Arrays.stream(type.split("\\.")).reduce((a, b) -> b).orElse(type);
		};
	}
}
