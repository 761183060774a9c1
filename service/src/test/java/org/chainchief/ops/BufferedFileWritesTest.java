package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.Test;
import org.springframework.http.ZeroCopyHttpOutputMessage;
import org.springframework.mock.http.server.reactive.MockServerHttpRequest;
import org.springframework.mock.http.server.reactive.MockServerHttpResponse;
import org.springframework.mock.web.server.MockServerWebExchange;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/** What the web server's response offers (zero-copy file writes) is hidden from everything after the filter. */
class BufferedFileWritesTest {

	/** A response that, like the web server's, can hand a file to the kernel. */
	static final class ZeroCopyResponse extends MockServerHttpResponse implements ZeroCopyHttpOutputMessage {

		@Override
		public Mono<Void> writeWith(Path file, long position, long count) {
			return Mono.error(new AssertionError("zero-copy write of " + file));
		}

		@Override
		public Mono<Void> writeWith(File file, long position, long count) {
			return writeWith(file.toPath(), position, count);
		}
	}

	@Test
	void theResponseAfterTheFilterOffersNoZeroCopyWrites() {
		ServerWebExchange exchange = MockServerWebExchange.from(MockServerHttpRequest.get("/js/app.js"))
			.mutate().response(new ZeroCopyResponse()).build();
		assertThat(exchange.getResponse()).isInstanceOf(ZeroCopyHttpOutputMessage.class);
		AtomicReference<ServerWebExchange> seen = new AtomicReference<>();

		new BufferedFileWrites().filter(exchange, e -> {
			seen.set(e);
			return Mono.empty();
		}).block(java.time.Duration.ofSeconds(5));

		assertThat(seen.get().getResponse()).isNotInstanceOf(ZeroCopyHttpOutputMessage.class);
	}
}
