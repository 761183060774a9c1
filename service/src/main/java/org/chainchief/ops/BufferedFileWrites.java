package org.chainchief.ops;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.server.reactive.ServerHttpResponseDecorator;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * Files are written through buffers, never by the kernel's zero-copy {@code sendfile}. The workbench's static files
 * (scripts, styles, messages) are files on disk when the service runs from its build folder (tests,
 * {@code spring-boot:run}); over the epoll transport a {@code sendfile} of a few kilobytes now and then never
 * finished under load, and the page waited until the browser gave up (seen in the browser tests: the server still
 * in {@code sendfile} of {@code /js/views/impact.js} when the page load timed out after 60 s). The files are small
 * and cached by the browser, so the copy costs nothing that matters. From the packaged jar they are read as
 * class-path resources anyway.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
final class BufferedFileWrites implements WebFilter {

	@Override
	public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
		// The decorator is not a ZeroCopyHttpOutputMessage, so resources are read into buffers and written as such.
		return chain.filter(exchange.mutate().response(new ServerHttpResponseDecorator(exchange.getResponse())).build());
	}
}
