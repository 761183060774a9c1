package org.chainchief.support;

import org.chainchief.limits.LimitsProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The limits as the service has them with no settings: bound from nothing, so the record's defaults apply. */
final class TestLimits {

	private TestLimits() {
	}

	static LimitsProperties defaults() {
		return new Binder(new MapConfigurationPropertySource()).bindOrCreate("chain-chief.limits", LimitsProperties.class);
	}
}
