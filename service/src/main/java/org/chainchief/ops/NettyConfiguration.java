package org.chainchief.ops;

import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import reactor.netty.NettyPipeline;

/**
 * Netty-level work the web framework never sees: answers to requests the HTTP decoder refused.
 */
@Configuration(proxyBeanMethods = false)
class NettyConfiguration {

	@Bean
	NettyServerCustomizer badRequestLineAnswers() {
		return server -> server.doOnChannelInit((observer, channel, remote) -> {
			if (channel.pipeline().get(NettyPipeline.HttpCodec) != null
					&& channel.pipeline().get(BadRequestLineHandler.NAME) == null) {
				channel.pipeline().addAfter(NettyPipeline.HttpCodec, BadRequestLineHandler.NAME, new BadRequestLineHandler());
			}
		});
	}
}
