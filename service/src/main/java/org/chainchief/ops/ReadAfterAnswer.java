package org.chainchief.ops;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelOutboundHandlerAdapter;
import io.netty.channel.ChannelPromise;
import io.netty.handler.codec.http.LastHttpContent;

/**
 * Asks a kept-alive connection for its next bytes once an answer has been written whole. The HTTP server reads on
 * demand and re-arms the read itself after each answer, except in one sequence: a request that arrived while its
 * predecessor was still finishing waits in the server's queue, and when it is answered at once (a request the
 * firewall refuses, say) the queue drains without a read being asked for. The connection's next request then sits
 * unread until the client gives up: the 120 s request stall of issue #7 (reactor-netty up to 1.3.7,
 * reactor/reactor-netty#4361; fixed in 1.3.8, which needs a Netty newer than the one the embedded database is
 * built with). One more read after each answer is harmless: the server takes up, or queues, whatever it brings.
 * {@code KeptAliveConnectionTest} fails without it.
 */
final class ReadAfterAnswer extends ChannelOutboundHandlerAdapter {

	static final String NAME = "chain-chief.readAfterAnswer";

	@Override
	public void write(ChannelHandlerContext ctx, Object msg, ChannelPromise promise) {
		if (!(msg instanceof LastHttpContent)) {
			ctx.write(msg, promise);
			return;
		}
		ChannelPromise written = promise.unvoid();
		ctx.write(msg, written);
		// posted to the event loop, so it runs after the server's own listener for this answer has done its part
		written.addListener(future -> {
			if (future.isSuccess() && ctx.channel().isActive()) {
				ctx.channel().eventLoop().execute(() -> {
					if (ctx.channel().isActive() && !ctx.isRemoved()) {
						ctx.read();
					}
				});
			}
		});
	}
}
