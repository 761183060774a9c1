package org.chainchief.limits;

import java.time.Duration;

import org.chainchief.support.ApiProblem;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;

/**
 * Every resource limit of the service in one place ({@code chain-chief.limits.*}, README table "Limits"). An
 * exceeded limit is a problem naming the setting ({@code limit}) and its value ({@code value}).
 *
 * @param bodySize         largest JSON request body, read into memory (also the codecs' max-in-memory-size): 413
 * @param importSize       largest import upload (NDJSON, CSV, Excel), streamed to a temporary file: 413
 * @param lineLength       longest NDJSON import line, in bytes: 400 naming the line
 * @param importLines      most lines of an NDJSON import: 413
 * @param whatIfIds        most ids in each of a what-if's {@code recruit} and {@code remove}: 400
 * @param analysisRequests requests to the expensive analyses a caller may make per {@code analysisPeriod}
 *                         (0 = no limit): 429 with {@code Retry-After}
 * @param analysisPeriod   the period of {@code analysisRequests}
 * @param callers          callers whose rate buckets are kept (least recently seen are dropped)
 * @param workTimeout      longest the service's own work for one answer may take (a drawing as SVG or PNG): 503
 * @param readDeadline     longest a GET waits for its answer to begin (above the database's and the drawings'
 *                         bounds, for what they do not catch): 503
 * @param concurrentReads  reading requests of the API in work at once (per instance); the others wait in order
 * @param readWait         longest a reading request waits for its place: 503 with {@code Retry-After}
 */
@ConfigurationProperties("chain-chief.limits")
public record LimitsProperties(
		@DefaultValue("16MB") DataSize bodySize,
		@DefaultValue("1GB") DataSize importSize,
		@DefaultValue("1MB") DataSize lineLength,
		@DefaultValue("10000000") long importLines,
		@DefaultValue("1000") int whatIfIds,
		@DefaultValue("600") long analysisRequests,
		@DefaultValue("1m") Duration analysisPeriod,
		@DefaultValue("100000") long callers,
		@DefaultValue("60s") Duration workTimeout,
		@DefaultValue("90s") Duration readDeadline,
		@DefaultValue("8") int concurrentReads,
		@DefaultValue("20s") Duration readWait) {

	public static final String PREFIX = "chain-chief.limits.";

	/** The routes under the per-caller analysis rate ({@code analysis-requests} per {@code analysis-period}). */
	public static final java.util.List<String> RATE_LIMITED = java.util.List.of("/api/v1/clusters/{id}/gaps",
			"/api/v1/clusters/{id}/gaps/{linkId}/recruits", "/api/v1/clusters/{id}/recruits",
			"/api/v1/clusters/{id}/what-if", "/api/v1/clusters/{id}/matches", "/api/v1/clusters/{id}/mindmap/**",
			"/api/v1/enterprises/{id}/impact", "/api/v1/export");

	private static final java.util.List<org.springframework.web.util.pattern.PathPattern> RATE_LIMITED_PATTERNS = RATE_LIMITED
		.stream()
		.map(org.springframework.web.util.pattern.PathPatternParser.defaultInstance::parse)
		.toList();

	/** Whether a path (or a contract's path template) is under the analysis rate. */
	public static boolean rateLimited(String path) {
		org.springframework.http.server.PathContainer container = org.springframework.http.server.PathContainer.parsePath(path);
		return RATE_LIMITED_PATTERNS.stream().anyMatch(p -> p.matches(container));
	}

	public ApiProblem bodyTooLarge() {
		return ApiProblem.limit(HttpStatus.CONTENT_TOO_LARGE, PREFIX + "body-size", bodySize, "body",
				"The request body is larger than " + bodySize + " (" + PREFIX + "body-size)", null);
	}

	public ApiProblem importTooLarge() {
		return ApiProblem.limit(HttpStatus.CONTENT_TOO_LARGE, PREFIX + "import-size", importSize, "body",
				"The import is larger than " + importSize + " (" + PREFIX + "import-size); split it into several files",
				null);
	}

	public ApiProblem lineTooLong(long line) {
		return ApiProblem.limit(HttpStatus.BAD_REQUEST, PREFIX + "line-length", lineLength, "line " + line,
				"Line " + line + " is longer than " + lineLength.toBytes() + " bytes (" + PREFIX
						+ "line-length); nothing was imported",
				null);
	}

	public ApiProblem tooManyLines() {
		return ApiProblem.limit(HttpStatus.CONTENT_TOO_LARGE, PREFIX + "import-lines", importLines, "body",
				"The import has more than " + importLines + " lines (" + PREFIX
						+ "import-lines); split it into several files; nothing was imported",
				null);
	}

	public ApiProblem tooManyIds(String field) {
		return ApiProblem.limit(HttpStatus.BAD_REQUEST, PREFIX + "what-if-ids", whatIfIds, field,
				"at most " + whatIfIds + " ids (" + PREFIX + "what-if-ids)", null);
	}

	public ApiProblem readsBusy() {
		return ApiProblem.limit(HttpStatus.SERVICE_UNAVAILABLE, PREFIX + "concurrent-reads", concurrentReads, "request",
				"All " + concurrentReads + " places for reading requests (" + PREFIX + "concurrent-reads) stayed taken for "
						+ readWait.toSeconds() + " s (" + PREFIX + "read-wait); retry after the Retry-After seconds",
				Duration.ofSeconds(5));
	}

	public ApiProblem tooManyRequests(Duration retryAfter) {
		return ApiProblem.limit(HttpStatus.TOO_MANY_REQUESTS, PREFIX + "analysis-requests",
				analysisRequests + " per " + analysisPeriod, "caller",
				"More than " + analysisRequests + " analysis requests per " + analysisPeriod + " from this caller ("
						+ PREFIX + "analysis-requests); retry after the Retry-After seconds",
				retryAfter);
	}
}
