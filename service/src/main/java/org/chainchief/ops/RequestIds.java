package org.chainchief.ops;

import java.util.UUID;
import java.util.regex.Pattern;

import io.micrometer.context.ContextRegistry;
import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * A request id per request: the client's {@code X-Request-Id} when it is a sane token (1–128 of
 * {@code [A-Za-z0-9._:-]}), else a new UUID. It is returned in the {@code X-Request-Id} response header, put in
 * every problem detail ({@code requestId}) and in log lines (MDC key {@code requestId}, carried through the
 * Reactor context by automatic context propagation).
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public final class RequestIds implements WebFilter {

	public static final String HEADER = "X-Request-Id";

	public static final String KEY = "requestId";

	private static final Pattern VALID = Pattern.compile("[A-Za-z0-9._:-]{1,128}");

	static {
		ContextRegistry.getInstance()
			.registerThreadLocalAccessor(KEY, () -> MDC.get(KEY), id -> MDC.put(KEY, id), () -> MDC.remove(KEY));
	}

	static boolean valid(String id) {
		return id != null && VALID.matcher(id).matches();
	}

	/** The request id of the request being handled on this thread, or null. */
	public static String current() {
		return MDC.get(KEY);
	}

	/** The request id of an exchange, or null before this filter ran. */
	public static String of(ServerWebExchange exchange) {
		return exchange.getAttribute(KEY);
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		String given = exchange.getRequest().getHeaders().getFirst(HEADER);
		String id = valid(given) ? given : org.chainchief.support.RandomIds.next();
		exchange.getAttributes().put(KEY, id);
		exchange.getResponse().getHeaders().set(HEADER, id);
		return chain.filter(exchange).contextWrite(context -> context.put(KEY, id));
	}
}
