package org.chainchief.support;

import java.time.Duration;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.neo4j.driver.exceptions.Neo4jException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;

/**
 * The one translation of the driver's failures into problems the client can act on, used by {@link Graph} for
 * every unit of work: a uniqueness constraint → 409; a transaction that ran out of time (server or client side)
 * → 504; a database that is unavailable, has moved, or is busy → 503 with {@code Retry-After}. Anything else is
 * passed on unchanged (and ends as a logged 500).
 */
final class DatabaseErrors {

	static final String CONSTRAINT_FAILED = "Neo.ClientError.Schema.ConstraintValidationFailed";

	static final String TIMED_OUT = "Neo.ClientError.Transaction.TransactionTimedOut";

	/** Neo4j's message: {@code Node(12) already exists with label `Link` and property `id` = 'L1'}. */
	private static final Pattern ALREADY_EXISTS = Pattern
		.compile("already exists with label `([^`]+)` and propert(?:y|ies) `([^`]+)` = '?([^'\\n]*)'?");

	private DatabaseErrors() {
	}

	/** Whether the failure is a bound being exceeded (so it is logged as such). */
	static boolean isTimeout(Throwable ex) {
		return ex instanceof TimeoutException
				|| ex instanceof Neo4jException neo4j && neo4j.code() != null && neo4j.code().startsWith(TIMED_OUT);
	}

	static Throwable translate(Throwable ex, Query operation, Duration bound, Duration retryAfter) {
		if (ex instanceof ApiProblem) {
			return ex;
		}
		if (isTimeout(ex)) {
			return ApiProblem.timedOut(operation.name(), bound);
		}
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException
				|| ex instanceof TransientException) {
			return ApiProblem.unavailable(operation.name(), retryAfter);
		}
		if (ex instanceof Neo4jException neo4j && CONSTRAINT_FAILED.equals(neo4j.code())) {
			return conflict(neo4j);
		}
		return ex;
	}

	private static ApiProblem conflict(Neo4jException ex) {
		Matcher m = ALREADY_EXISTS.matcher(ex.getMessage() == null ? "" : ex.getMessage());
		if (m.find()) {
			String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
			String article = "aeiou".indexOf(label.charAt(0)) >= 0 ? "An " : "A ";
			return ApiProblem.conflict(article + label + " with " + m.group(2) + " '" + m.group(3) + "' already exists",
					m.group(2));
		}
		return ApiProblem.conflict("The change conflicts with a uniqueness constraint of the graph", "body");
	}
}
