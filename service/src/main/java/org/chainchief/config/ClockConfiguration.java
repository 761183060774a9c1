package org.chainchief.config;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * "Today" for everything derived from dates (overdue measures, overdue project stages, the pipeline's default
 * year): the zone's calendar, China Standard Time. One bean, so tests can fix the date.
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

	static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

	@Bean
	Clock clock() {
		return Clock.system(ZONE);
	}
}
