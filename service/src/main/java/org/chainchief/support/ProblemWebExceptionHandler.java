package org.chainchief.support;

import java.util.List;

import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.codec.HttpMessageWriter;
import org.springframework.http.codec.ServerCodecConfigurer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import org.springframework.core.ResolvableType;

/**
 * Errors raised outside any controller (an unknown path, a wrong method) get the same problem details as
 * the controllers' errors, instead of the framework's default error body.
 */
@Component
@Order(-2)
final class ProblemWebExceptionHandler implements WebExceptionHandler {

	private final ProblemDetailsAdvice advice;

	private final List<HttpMessageWriter<?>> writers;

	ProblemWebExceptionHandler(ServerCodecConfigurer codecs, ProblemDetailsAdvice advice) {
		this.writers = codecs.getWriters();
		this.advice = advice;
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, Throwable ex) {
		if (exchange.getResponse().isCommitted()) {
			return Mono.error(ex);
		}
		ResponseEntity<ProblemDetail> entity = switch (ex) {
			case ApiProblem problem -> advice.apiProblem(problem);
			case org.springframework.core.io.buffer.DataBufferLimitException limit -> advice.bodyTooLarge(limit);
			case ResponseStatusException status -> advice.status(status);
			case org.springframework.security.web.server.firewall.ServerExchangeRejectedException rejected ->
				advice.rejected(rejected);
			case Exception e -> advice.unexpected(e);
			default -> advice.unexpected(new RuntimeException(ex));
		};
		ProblemDetail body = entity.getBody();
		body.setInstance(exchange.getRequest().getURI());
		String requestId = org.chainchief.ops.RequestIds.of(exchange);
		if (requestId != null) {
			body.setProperty("requestId", requestId);
		}
		exchange.getResponse().setStatusCode(entity.getStatusCode());
		exchange.getResponse().getHeaders().putAll(entity.getHeaders());
		return write(exchange, body);
	}

	@SuppressWarnings("unchecked")
	private Mono<Void> write(ServerWebExchange exchange, ProblemDetail body) {
		ResolvableType type = ResolvableType.forClass(ProblemDetail.class);
		for (HttpMessageWriter<?> writer : writers) {
			if (writer.canWrite(type, MediaType.APPLICATION_PROBLEM_JSON)) {
				return ((HttpMessageWriter<ProblemDetail>) writer).write(Mono.just(body), type,
						MediaType.APPLICATION_PROBLEM_JSON, exchange.getResponse(), java.util.Map.of());
			}
		}
		return Mono.error(new IllegalStateException("No JSON writer for problem details"));
	}
}
