package org.chainchief.ops;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the start-up steps are retried while the database does not answer: the first retry after {@code retryInitial},
 * each next one after twice the wait before, never more than {@code retryMax}.
 *
 * @param retryInitial wait before the first retry
 * @param retryMax     longest wait between two attempts
 */
@ConfigurationProperties("chain-chief.startup")
record StartupProperties(@DefaultValue("1s") Duration retryInitial, @DefaultValue("30s") Duration retryMax) {

	/** The wait after {@code previous}: doubled, within the bounds. */
	Duration next(Duration previous) {
		Duration doubled = previous == null ? retryInitial : previous.multipliedBy(2);
		return doubled.compareTo(retryMax) > 0 ? retryMax : doubled;
	}
}
