package org.chainchief.plan;

import java.util.Comparator;
import java.util.List;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import org.chainchief.model.Records;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.ApiProblem.FieldError;
import org.springframework.stereotype.Component;

/**
 * Checks a write body under {@code /clusters/{id}/…}: its {@code cluster} is the path's (filled in when left out),
 * then the same bean-validation and cross-field rules as the import, every broken rule named in one 400 problem.
 */
@Component
final class Bodies {

	private final Validator validator;

	Bodies(Validator validator) {
		this.validator = validator;
	}

	/** Throws a 400 problem when the body's cluster is another than the path's, or a rule is broken. */
	<R extends Record> R check(R body, String bodyCluster, String pathCluster) {
		if (body == null) {
			throw ApiProblem.invalid("body", "is required");
		}
		if (bodyCluster != null && !bodyCluster.equals(pathCluster)) {
			throw ApiProblem.invalid("cluster", "must equal the cluster id in the path ('" + pathCluster + "') or be left out");
		}
		List<ConstraintViolation<R>> violations = validator.validate(body)
			.stream()
			.sorted(Comparator.comparing(v -> v.getPropertyPath().toString()))
			.toList();
		if (!violations.isEmpty()) {
			throw ApiProblem.invalid(violations.stream()
				.map(v -> new FieldError(v.getPropertyPath().toString().replace(".<list element>", ""), v.getMessage()))
				.toList());
		}
		Records.crossFieldViolation(body).ifPresent(v -> {
			throw ApiProblem.invalid(v.field(), v.reason());
		});
		return body;
	}
}
