package org.chainchief.limits;

import org.springframework.boot.http.codec.CodecCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The limits as settings, and the codecs' in-memory limit taken from them. */
@Configuration(proxyBeanMethods = false)
class LimitsConfiguration {

	/** After Boot's own customizer, so this limit wins over {@code spring.codec.max-in-memory-size}. */
	@Bean
	@org.springframework.core.annotation.Order(org.springframework.core.Ordered.LOWEST_PRECEDENCE)
	CodecCustomizer bodySizeLimit(LimitsProperties limits) {
		return codecs -> codecs.defaultCodecs().maxInMemorySize((int) Math.min(Integer.MAX_VALUE, limits.bodySize().toBytes()));
	}
}
