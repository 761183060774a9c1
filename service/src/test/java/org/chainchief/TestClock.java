package org.chainchief;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;

/**
 * The service's clock in integration tests: the system clock until a test fixes "today" with {@link #today}, and
 * again after {@link #reset}. One bean for every test class, so they share one application context.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestClock {

	/** A clock whose instant a test can set. */
	public static final class Settable extends Clock {

		private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

		private final AtomicReference<Instant> fixed = new AtomicReference<>();

		/** Fixes today (noon in the zone). */
		public void today(LocalDate date) {
			fixed.set(date.atTime(12, 0).atZone(ZONE).toInstant());
		}

		public void reset() {
			fixed.set(null);
		}

		@Override
		public ZoneId getZone() {
			return ZONE;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return Clock.fixed(instant(), zone);
		}

		@Override
		public Instant instant() {
			Instant at = fixed.get();
			return at != null ? at : Instant.now();
		}
	}

	@Bean
	@Primary
	Settable testClock() {
		return new Settable();
	}
}
