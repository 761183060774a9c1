package org.chainchief.support;

import java.time.Duration;
import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A failure the client can act on, rendered as RFC 9457 problem details by {@link ProblemDetailsAdvice}.
 * Each kind has a stable {@code type} URI ({@code /problems/<slug>}) and a human title.
 */
public final class ApiProblem extends RuntimeException {

	/** One reason a request was refused, naming the field it concerns. */
	public record FieldError(String field, String reason) {
	}

	private final HttpStatus status;

	private final String slug;

	private final String title;

	private final List<FieldError> errors;

	private final Duration retryAfter;

	private ApiProblem(HttpStatus status, String slug, String title, String detail, List<FieldError> errors) {
		this(status, slug, title, detail, errors, null);
	}

	private ApiProblem(HttpStatus status, String slug, String title, String detail, List<FieldError> errors,
			Duration retryAfter) {
		super(detail, null, false, false);
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.retryAfter = retryAfter;
	}

	/** The database did not finish {@code operation} (a catalog query name) within its bound. */
	public static ApiProblem timedOut(String operation, Duration bound) {
		return new ApiProblem(HttpStatus.GATEWAY_TIMEOUT, "database-timeout", "Database timeout",
				"The graph query '" + operation + "' did not finish within its bound of " + bound.toMillis()
						+ " ms; narrow the request or retry later",
				List.of(new FieldError("operation", operation)));
	}

	/** The database is unavailable, has moved (cluster) or is busy; the client may retry after {@code retryAfter}. */
	public static ApiProblem unavailable(String operation, Duration retryAfter) {
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
				"The graph database could not run '" + operation + "' now; retry after " + retryAfter.toSeconds()
						+ " s",
				List.of(new FieldError("operation", operation)), retryAfter);
	}

	public static ApiProblem notFound(String what, String id) {
		return notFound(what, id, "id");
	}

	/** An unknown id given in {@code field} (a path variable or parameter other than {@code id}). */
	public static ApiProblem notFound(String what, String id, String field) {
		return new ApiProblem(HttpStatus.NOT_FOUND, "not-found", "Resource not found",
				"No " + what + " with id '" + id + "'", List.of(new FieldError(field, "unknown " + what + " id")));
	}

	public static ApiProblem conflict(String detail, String field) {
		return new ApiProblem(HttpStatus.CONFLICT, "conflict", "Conflict with the current graph", detail,
				List.of(new FieldError(field, detail)));
	}

	/** The client accepts none of the representations this operation has; {@code field} names what selects them. */
	public static ApiProblem notAcceptable(String field, String reason) {
		return new ApiProblem(HttpStatus.NOT_ACCEPTABLE, "not-acceptable", "Not acceptable", field + ": " + reason,
				List.of(new FieldError(field, reason)));
	}

	/** A replace whose body names another id than its path. */
	public static ApiProblem idMismatch(String pathId) {
		return invalid("id", "must equal the id in the path ('" + pathId + "')");
	}

	/** The caller may not do this: {@code field} names what is missing (a role, a cluster, a field). */
	public static ApiProblem forbidden(String detail, String field, String reason) {
		return new ApiProblem(HttpStatus.FORBIDDEN, "forbidden", "Forbidden", detail,
				List.of(new FieldError(field, reason)));
	}

	public static ApiProblem invalid(String field, String reason) {
		return invalid(List.of(new FieldError(field, reason)));
	}

	public static ApiProblem invalid(List<FieldError> errors) {
		String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).reason()
				: errors.size() + " fields are invalid";
		return new ApiProblem(HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request", detail, errors);
	}

	public HttpStatus status() {
		return status;
	}

	public String slug() {
		return slug;
	}

	public String title() {
		return title;
	}

	public List<FieldError> errors() {
		return errors;
	}

	/** How long a client should wait before retrying; null when retrying will not help. */
	public Duration retryAfter() {
		return retryAfter;
	}
}
