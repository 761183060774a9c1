package org.chainchief.importer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.chainchief.importer.ImportReport.Rejection;
import org.chainchief.importer.ImportSource.SourceRecord;
import org.chainchief.model.AboveScale;
import org.chainchief.model.Records;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.support.JsonErrors;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns one source record into a typed, validated record of the graph, or says precisely why not. The same
 * bean-validation constraints guard REST bodies, so both doors accept the same records.
 */
final class RecordParser {

	/** A source record that could be read: its kind and its typed record. */
	record Parsed(SourceRecord source, Kind kind, Record record) {
	}

	/** Either a parsed record or the reason it was refused. */
	record Result(Parsed parsed, Rejection rejection) {
	}

	private final JsonMapper json;

	private final Validator validator;

	RecordParser(JsonMapper json, Validator validator) {
		this.json = json;
		this.validator = validator;
	}

	Result parse(SourceRecord source) {
		return parse(source, kind -> true);
	}

	/**
	 * Parses a record if its kind is wanted; records of other kinds give {@code null} (cheaply: their fields are
	 * neither converted nor validated).
	 */
	Result parse(SourceRecord source, java.util.function.Predicate<Kind> wanted) {
		JsonNode node;
		try {
			node = source.node() != null ? source.node() : json.readTree(source.text());
		}
		catch (JacksonException ex) {
			return reject(source, null, null, "is not valid JSON: " + ex.getOriginalMessage());
		}
		if (node == null || !node.isObject()) {
			return reject(source, null, null, "is not a JSON object");
		}
		JsonNode kindNode = node.get("kind");
		if (kindNode == null || kindNode.isNull() || kindNode.asString("").isBlank()) {
			return reject(source, null, "kind", "is required; one of " + Kind.names());
		}
		Kind kind = Kind.of(kindNode.asString());
		if (kind == null) {
			return reject(source, null, "kind", "unknown kind '" + kindNode.asString() + "'; one of " + Kind.names());
		}
		if (!wanted.test(kind)) {
			return null;
		}
		Record record;
		try {
			record = json.treeToValue(node, kind.type);
		}
		catch (ValueInstantiationException ex) {
			// an enum's own parser refused the text (a measure's status): its message says what is accepted
			String reason = ex.getCause() != null && ex.getCause().getMessage() != null ? ex.getCause().getMessage()
					: JsonErrors.reason(ex);
			return reject(source, kind, JsonErrors.field(ex), reason);
		}
		catch (DatabindException ex) {
			return reject(source, kind, JsonErrors.field(ex), JsonErrors.reason(ex));
		}
		catch (JacksonException ex) {
			return reject(source, kind, null, ex.getOriginalMessage());
		}
		List<ConstraintViolation<Record>> violations = new ArrayList<>(validator.validate(record));
		if (!violations.isEmpty()) {
			violations.sort(Comparator.comparing(v -> v.getPropertyPath().toString()));
			ConstraintViolation<Record> first = violations.get(0);
			return reject(source, kind, field(first), first.getMessage());
		}
		var violation = Records.crossFieldViolation(record);
		if (violation.isPresent()) {
			return reject(source, kind, violation.get().field(), violation.get().reason());
		}
		return new Result(new Parsed(source, kind, normalize(record)), null);
	}

	/**
	 * Fills what a record implies: 规上 from revenue when not stated; a project's or team's {@code link} folded
	 * into {@code links}; a measure's status PLANNED when absent.
	 */
	private static Record normalize(Record record) {
		return switch (record) {
			case EnterpriseRecord e -> AboveScale.derive(e);
			case Records.ProjectRecord p -> p.normalized();
			case Records.TeamRecord t -> t.normalized();
			case Records.MeasureRecord m -> m.normalized();
			default -> record;
		};
	}

	private static Result reject(SourceRecord source, Kind kind, String field, String reason) {
		String column = field == null ? null : source.columns().get(field.replaceAll("\\[.*$", ""));
		return new Result(null, new Rejection(source.line(), source.sheet(), column, kind == null ? null : kind.wire,
				field, reason));
	}

	private static String field(ConstraintViolation<?> violation) {
		return violation.getPropertyPath().toString().replace(".<list element>", "").replace("<list element>", "");
	}
}
