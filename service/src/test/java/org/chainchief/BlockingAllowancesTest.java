package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeUnit;

import io.netty.channel.DefaultEventLoop;
import io.netty.util.concurrent.DefaultThreadFactory;
import org.junit.jupiter.api.Test;
import reactor.blockhound.BlockingOperationError;

/**
 * BlockHound (installed for every test) still refuses a blocking call on an event loop, and lets the embedded
 * database's own event loops block as they are built to.
 */
class BlockingAllowancesTest {

	@Test
	void aBlockingCallOnAnEventLoopIsRefused() throws Exception {
		assertThat(sleepOnEventLoop("reactor-http-nio")).isInstanceOf(BlockingOperationError.class);
	}

	@Test
	void theDatabasesOwnEventLoopsMayBlock() throws Exception {
		assertThat(sleepOnEventLoop("neo4j.BoltNetworkIO")).isNull();
	}

	/** What a short sleep on a Netty event loop named {@code name} threw, or null. */
	private static Throwable sleepOnEventLoop(String name) throws Exception {
		DefaultEventLoop loop = new DefaultEventLoop(new DefaultThreadFactory(name));
		try {
			return loop.submit(() -> {
				try {
					Thread.sleep(1);
					return (Throwable) null;
				}
				catch (Throwable ex) {
					return ex;
				}
			}).get(30, TimeUnit.SECONDS);
		}
		finally {
			loop.shutdownGracefully(0, 1, TimeUnit.SECONDS).await(30, TimeUnit.SECONDS);
		}
	}
}
