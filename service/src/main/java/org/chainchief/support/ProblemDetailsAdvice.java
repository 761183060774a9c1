package org.chainchief.support;

import java.net.URI;
import java.util.List;

import org.chainchief.support.ApiProblem.FieldError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.core.codec.DecodingException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.bind.support.WebExchangeBindException;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.server.MissingRequestValueException;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.ServerWebInputException;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Mono;
import tools.jackson.databind.DatabindException;

/**
 * Every error leaves as {@code application/problem+json} (RFC 9457) with a stable {@code type}, a human
 * {@code title}, a {@code detail} and, where a field is at fault, {@code errors: [{field, reason}]}.
 */
@RestControllerAdvice
public final class ProblemDetailsAdvice {

	private static final Logger log = LoggerFactory.getLogger(ProblemDetailsAdvice.class);

	private final org.chainchief.limits.LimitsProperties limits;

	ProblemDetailsAdvice(org.chainchief.limits.LimitsProperties limits) {
		this.limits = limits;
	}

	@ExceptionHandler(ApiProblem.class)
	Mono<ResponseEntity<ProblemDetail>> onApiProblem(ApiProblem ex, ServerWebExchange exchange) {
		return exchange.getResponse().isCommitted() ? cutOff(ex, exchange) : Mono.just(apiProblem(ex));
	}

	ResponseEntity<ProblemDetail> apiProblem(ApiProblem ex) {
		ResponseEntity<ProblemDetail> entity = problem(ex.status(), ex.slug(), ex.title(), ex.getMessage(), ex.errors());
		ex.properties().forEach(entity.getBody()::setProperty);
		if (ex.retryAfter() == null) {
			return entity;
		}
		long seconds = Math.max(1, (ex.retryAfter().toMillis() + 999) / 1000);
		return ResponseEntity.status(entity.getStatusCode())
			.headers(entity.getHeaders())
			.header(org.springframework.http.HttpHeaders.RETRY_AFTER, Long.toString(seconds))
			.body(entity.getBody());
	}

	/** A JSON body larger than the in-memory codec limit ({@code chain-chief.limits.body-size}). */
	@ExceptionHandler(org.springframework.core.io.buffer.DataBufferLimitException.class)
	ResponseEntity<ProblemDetail> bodyTooLarge(org.springframework.core.io.buffer.DataBufferLimitException ex) {
		return apiProblem(limits.bodyTooLarge());
	}

	@ExceptionHandler(WebExchangeBindException.class)
	ResponseEntity<ProblemDetail> bind(WebExchangeBindException ex) {
		List<FieldError> errors = ex.getFieldErrors()
			.stream()
			.map(e -> new FieldError(e.getField(), e.isBindingFailure() ? mismatch(e) : e.getDefaultMessage()))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(HandlerMethodValidationException.class)
	ResponseEntity<ProblemDetail> methodValidation(HandlerMethodValidationException ex) {
		List<FieldError> errors = ex.getParameterValidationResults()
			.stream()
			.flatMap(r -> r.getResolvableErrors()
				.stream()
				.map(e -> new FieldError(r.getMethodParameter().getParameterName(), e.getDefaultMessage())))
			.toList();
		return invalid(errors);
	}

	@ExceptionHandler(ServerWebInputException.class)
	ResponseEntity<ProblemDetail> input(ServerWebInputException ex) {
		String field = ex.getMethodParameter() != null ? ex.getMethodParameter().getParameterName() : "body";
		if (ex instanceof MissingRequestValueException missing) {
			field = missing.getName();
			return invalid(List.of(new FieldError(field, "is required")));
		}
		String reason = ex.getReason() != null ? ex.getReason() : "cannot be read";
		if (ex.getCause() instanceof DecodingException decoding) {
			DatabindException mismatch = databind(decoding);
			if (mismatch != null && JsonErrors.field(mismatch) != null) {
				return invalid(List.of(new FieldError(JsonErrors.field(mismatch), JsonErrors.reason(mismatch))));
			}
			field = "body";
			reason = "is not valid JSON for this operation: " + rootMessage(decoding);
		}
		else if (ex.getCause() instanceof TypeMismatchException mismatch && mismatch.getRequiredType() != null) {
			reason = "must be " + JsonErrors.expected(mismatch.getRequiredType()) + " (got '" + mismatch.getValue() + "')";
		}
		else if (ex.getCause() != null && ex.getCause().getMessage() != null) {
			reason = reason + ": " + rootMessage(ex.getCause());
		}
		return invalid(List.of(new FieldError(field == null ? "body" : field, reason)));
	}

	/** A URL or parameter name the firewall refuses when it is first read (a control character, a blank). */
	@ExceptionHandler(ServerExchangeRejectedException.class)
	ResponseEntity<ProblemDetail> rejected(ServerExchangeRejectedException ex) {
		return invalid(List.of(new FieldError("url", refusal(ex))));
	}

	/** What in a URL the firewall refused, in its words without the preamble. */
	public static String refusal(ServerExchangeRejectedException ex) {
		String reason = ex.getMessage() == null ? "was refused" : ex.getMessage()
			.replace("The request was rejected because ", "")
			.replace("the URL ", "");
		return reason.length() > 200 ? reason.substring(0, 200) : reason;
	}

	@ExceptionHandler(UnsupportedMediaTypeStatusException.class)
	ResponseEntity<ProblemDetail> mediaType(UnsupportedMediaTypeStatusException ex) {
		return problem(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "unsupported-media-type", "Unsupported media type",
				"Content-Type " + ex.getContentType() + " is not accepted here; use one of "
						+ ex.getSupportedMediaTypes(),
				List.of(new FieldError("Content-Type", "not supported")));
	}

	@ExceptionHandler(ResponseStatusException.class)
	ResponseEntity<ProblemDetail> status(ResponseStatusException ex) {
		HttpStatusCode code = ex.getStatusCode();
		HttpStatus status = HttpStatus.resolve(code.value());
		String title = status != null ? status.getReasonPhrase() : "Error";
		String slug = switch (code.value()) {
			case 404 -> "not-found";
			case 405 -> "method-not-allowed";
			case 406 -> "not-acceptable";
			default -> "http-" + code.value();
		};
		return problem(code, slug, title, ex.getReason() != null ? ex.getReason() : title, List.of());
	}

	@ExceptionHandler(Exception.class)
	Mono<ResponseEntity<ProblemDetail>> onUnexpected(Exception ex, ServerWebExchange exchange) {
		return exchange.getResponse().isCommitted() ? cutOff(ex, exchange) : Mono.just(unexpected(ex));
	}

	/**
	 * A failure after the answer had begun (a streamed export, a file): its status and headers are sent, so it
	 * cannot become a problem. The error goes on to the server, which closes the connection: the client sees the
	 * answer cut off. Most often the client itself went away (the server then logs it at debug level only).
	 */
	private static Mono<ResponseEntity<ProblemDetail>> cutOff(Exception ex, ServerWebExchange exchange) {
		log.debug("Answer to {} {} cut off after it began: {}", exchange.getRequest().getMethod(),
				exchange.getRequest().getPath(), ex.toString());
		return Mono.error(ex);
	}

	ResponseEntity<ProblemDetail> unexpected(Exception ex) {
		log.error("Unexpected failure", ex);
		return problem(HttpStatus.INTERNAL_SERVER_ERROR, "internal", "Internal error",
				"The request failed unexpectedly; the failure was logged", List.of());
	}

	private static ResponseEntity<ProblemDetail> invalid(List<FieldError> errors) {
		ApiProblem problem = ApiProblem.invalid(errors);
		return problem(problem.status(), problem.slug(), problem.title(), problem.getMessage(), errors);
	}

	static ResponseEntity<ProblemDetail> problem(HttpStatusCode status, String slug, String title, String detail,
			List<FieldError> errors) {
		ProblemDetail body = ProblemDetail.forStatusAndDetail(status, detail);
		body.setType(URI.create("/problems/" + slug));
		body.setTitle(title);
		if (!errors.isEmpty()) {
			body.setProperty("errors", errors);
		}
		String requestId = org.chainchief.ops.RequestIds.current();
		if (requestId != null) {
			body.setProperty("requestId", requestId);
		}
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(body);
	}

	/** A query value that does not convert to its parameter's type: what it must be, and what was sent. */
	private static String mismatch(org.springframework.validation.FieldError error) {
		String got = error.getRejectedValue() == null ? "" : " (got '" + error.getRejectedValue() + "')";
		if (error.contains(TypeMismatchException.class)
				&& error.unwrap(TypeMismatchException.class).getRequiredType() != null) {
			return "must be " + JsonErrors.expected(error.unwrap(TypeMismatchException.class).getRequiredType()) + got;
		}
		return "has the wrong type" + got;
	}

	private static DatabindException databind(Throwable ex) {
		for (Throwable t = ex; t != null && t != t.getCause(); t = t.getCause()) {
			if (t instanceof DatabindException found) {
				return found;
			}
		}
		return null;
	}

	private static String rootMessage(Throwable ex) {
		Throwable t = ex;
		while (t.getCause() != null && t.getCause() != t) {
			t = t.getCause();
		}
		String message = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
		int newline = message.indexOf('\n');
		return newline > 0 ? message.substring(0, newline) : message;
	}
}
