package org.chainchief.limits;

import java.util.concurrent.atomic.AtomicLong;

import org.chainchief.support.ApiProblem;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Request body sizes: a declared {@code Content-Length} over the limit is refused (413) before the body is read;
 * an import upload without one is counted as it streams and refused as soon as it passes the limit. JSON bodies
 * are also bounded by the codecs' in-memory limit (the same {@code body-size}).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 20)
final class BodySizeFilter implements WebFilter {

	private final LimitsProperties limits;

	BodySizeFilter(LimitsProperties limits) {
		this.limits = limits;
	}

	static boolean isImport(ServerHttpRequest request) {
		String path = request.getPath().pathWithinApplication().value();
		return HttpMethod.POST.equals(request.getMethod())
				&& (path.equals("/api/v1/import") || path.equals("/api/v1/imports"));
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		ServerHttpRequest request = exchange.getRequest();
		boolean upload = isImport(request);
		long max = upload ? limits.importSize().toBytes() : limits.bodySize().toBytes();
		long declared = request.getHeaders().getContentLength();
		if (declared > max) {
			return Mono.error(upload ? limits.importTooLarge() : limits.bodyTooLarge());
		}
		if (!upload) {
			return chain.filter(exchange);
		}
		ApiProblem tooLarge = limits.importTooLarge();
		ServerHttpRequest counted = new ServerHttpRequestDecorator(request) {
			@Override
			public Flux<DataBuffer> getBody() {
				AtomicLong seen = new AtomicLong();
				return super.getBody().handle((buffer, sink) -> {
					if (seen.addAndGet(buffer.readableByteCount()) > max) {
						org.springframework.core.io.buffer.DataBufferUtils.release(buffer);
						sink.error(tooLarge);
					}
					else {
						sink.next(buffer);
					}
				});
			}
		};
		return chain.filter(exchange.mutate().request(counted).build());
	}
}
