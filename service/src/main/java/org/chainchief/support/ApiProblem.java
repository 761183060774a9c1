package org.chainchief.support;

import java.time.Duration;
import java.util.List;
import java.util.Map;

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

	private final Map<String, Object> properties;

	private final Duration retryAfter;

	private ApiProblem(HttpStatus status, String slug, String title, String detail, List<FieldError> errors) {
		this(status, slug, title, detail, errors, Map.of(), null);
	}

	private ApiProblem(HttpStatus status, String slug, String title, String detail, List<FieldError> errors,
			Map<String, Object> properties, Duration retryAfter) {
		super(detail, null, false, false);
		this.status = status;
		this.slug = slug;
		this.title = title;
		this.errors = List.copyOf(errors);
		this.properties = Map.copyOf(properties);
		this.retryAfter = retryAfter;
	}

	/** The database did not finish {@code operation} (a catalog query name) within its bound. */
	public static ApiProblem timedOut(String operation, Duration bound) {
		return new ApiProblem(HttpStatus.GATEWAY_TIMEOUT, "database-timeout", "Database timeout",
				"The graph query '" + operation + "' did not finish within its bound of " + bound.toMillis()
						+ " ms; narrow the request or retry later",
				List.of(new FieldError("operation", operation)), Map.of(), null);
	}

	/** The service's own work (a drawing, a workbook) did not finish within its bound: the machine is overloaded. */
	public static ApiProblem busy(String work, Duration bound, Duration retryAfter) {
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "busy", "Service busy",
				"The service could not finish " + work + " within " + bound.toSeconds() + " s; retry after "
						+ retryAfter.toSeconds() + " s",
				List.of(new FieldError("operation", work)), Map.of(), retryAfter);
	}

	/** The database is unavailable, has moved (cluster) or is busy; the client may retry after {@code retryAfter}. */
	public static ApiProblem unavailable(String operation, Duration retryAfter) {
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "database-unavailable", "Database unavailable",
				"The graph database could not run '" + operation + "' now; retry after " + retryAfter.toSeconds()
						+ " s",
				List.of(new FieldError("operation", operation)), Map.of(), retryAfter);
	}

	/**
	 * A configured limit was exceeded: 413 (sizes), 400 (a field or line), 429 (rates, with {@code retryAfter}),
	 * 409 (concurrent imports) or 503 (every place for reads taken, with {@code retryAfter}). The problem carries {@code limit} (the setting's name) and {@code value} (its value).
	 */
	public static ApiProblem limit(HttpStatus status, String limit, Object value, String field, String detail,
			Duration retryAfter) {
		String slug = switch (status) {
			case CONTENT_TOO_LARGE -> "payload-too-large";
			case TOO_MANY_REQUESTS -> "too-many-requests";
			case CONFLICT -> "conflict";
			case SERVICE_UNAVAILABLE -> "busy";
			default -> "invalid-request";
		};
		String title = switch (status) {
			case CONTENT_TOO_LARGE -> "Request too large";
			case TOO_MANY_REQUESTS -> "Too many requests";
			case CONFLICT -> "Conflict with the current graph";
			case SERVICE_UNAVAILABLE -> "Service busy";
			default -> "Invalid request";
		};
		return new ApiProblem(status, slug, title, detail, List.of(new FieldError(field, detail)),
				Map.of("limit", limit, "value", String.valueOf(value)), retryAfter);
	}

	/** The service cannot answer now (not ready, database unavailable); the client should retry later. */
	public static ApiProblem notReady(String detail, Duration retryAfter) {
		return new ApiProblem(HttpStatus.SERVICE_UNAVAILABLE, "unavailable", "Service unavailable", detail, List.of(),
				Map.of(), retryAfter);
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

	/** Extra members of the problem details (e.g. {@code limit} and {@code value}). */
	public Map<String, Object> properties() {
		return properties;
	}

	/** How long the client should wait before retrying, or null. */
	public Duration retryAfter() {
		return retryAfter;
	}
}
