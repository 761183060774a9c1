package org.chainchief.limits;

import java.net.InetSocketAddress;
import java.security.Principal;
import java.time.Duration;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;
import reactor.core.publisher.Mono;

/**
 * Per-caller request rate on the expensive analyses (gaps, recruits, what-if, impact, matches, mind map, export):
 * a Bucket4j token bucket per caller of {@code analysis-requests} tokens refilled over {@code analysis-period}.
 * The caller is the authenticated principal's name when there is one, else the client address. An empty bucket
 * answers 429 with {@code Retry-After} (seconds until a token is back). Runs after authentication.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 100)
final class AnalysisRateFilter implements WebFilter {

	/** The analyses whose cost is a graph-wide computation or a full scan. */
	static final List<String> ANALYSES = LimitsProperties.RATE_LIMITED;

	private final List<PathPattern> patterns = ANALYSES.stream().map(PathPatternParser.defaultInstance::parse).toList();

	private final LimitsProperties limits;

	private final Cache<String, Bucket> buckets;

	AnalysisRateFilter(LimitsProperties limits) {
		this.limits = limits;
		this.buckets = Caffeine.newBuilder()
			.maximumSize(limits.callers())
			.expireAfterAccess(limits.analysisPeriod().multipliedBy(2))
			.build();
	}

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		if (limits.analysisRequests() <= 0 || !isAnalysis(exchange)) {
			return chain.filter(exchange);
		}
		return exchange.getPrincipal().map(Principal::getName).defaultIfEmpty(address(exchange)).flatMap(caller -> {
			ConsumptionProbe probe = buckets.get(caller, c -> newBucket()).tryConsumeAndReturnRemaining(1);
			if (probe.isConsumed()) {
				return chain.filter(exchange);
			}
			return Mono.error(limits.tooManyRequests(Duration.ofNanos(probe.getNanosToWaitForRefill())));
		});
	}

	private boolean isAnalysis(ServerWebExchange exchange) {
		HttpMethod method = exchange.getRequest().getMethod();
		if (!HttpMethod.GET.equals(method) && !HttpMethod.POST.equals(method)) {
			return false;
		}
		PathContainer path = exchange.getRequest().getPath().pathWithinApplication();
		return patterns.stream().anyMatch(p -> p.matches(path));
	}

	private Bucket newBucket() {
		long n = limits.analysisRequests();
		return Bucket.builder()
			.addLimit(limit -> limit.capacity(n).refillGreedy(n, limits.analysisPeriod()))
			.build();
	}

	private static String address(ServerWebExchange exchange) {
		InetSocketAddress remote = exchange.getRequest().getRemoteAddress();
		if (remote == null) {
			return "unknown";
		}
		return remote.getAddress() != null ? remote.getAddress().getHostAddress() : remote.getHostString();
	}
}
