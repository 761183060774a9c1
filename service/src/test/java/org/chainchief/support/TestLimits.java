package org.chainchief.support;

import java.util.Map;

import org.chainchief.limits.LimitsProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

/** The limits as the service binds them: the record's defaults, with the settings given (e.g. {@code work-timeout}). */
public final class TestLimits {

	private TestLimits() {
	}

	public static LimitsProperties defaults() {
		return with(Map.of());
	}

	/** The limits with these settings of {@code chain-chief.limits} ({@code "read-deadline" -> "90s"}). */
	public static LimitsProperties with(Map<String, String> settings) {
		Map<String, String> keys = new java.util.HashMap<>();
		settings.forEach((name, value) -> keys.put("chain-chief.limits." + name, value));
		return new Binder(new MapConfigurationPropertySource(keys)).bindOrCreate("chain-chief.limits",
				LimitsProperties.class);
	}
}
