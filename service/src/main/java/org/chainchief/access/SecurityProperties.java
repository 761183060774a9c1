package org.chainchief.access;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code chain-chief.security.*}: who may read, the demo accounts, the JWT claims, CORS and API keys.
 *
 * @param publicRead anonymous callers may read (GET) the graph's resources (not exports, the audit trail or keys)
 * @param demoAccounts AUTO: the demo accounts exist with the embedded database and no JWT issuer configured
 * @param demoPassword the demo accounts' password; blank: a random one, printed at start-up
 * @param jwt the JWT claims that carry the caller's name, roles and clusters, and the expected issuer
 * @param cors origins allowed to call the API from a browser; none: CORS is off
 * @param apiKeys how often an API key's last use is written at most
 */
@ConfigurationProperties("chain-chief.security")
record SecurityProperties(@DefaultValue("false") boolean publicRead, @DefaultValue("AUTO") DemoAccountsMode demoAccounts,
		String demoPassword, @DefaultValue Jwt jwt, @DefaultValue Cors cors, @DefaultValue ApiKeys apiKeys) {

	enum DemoAccountsMode {
		AUTO, ON, OFF
	}

	/**
	 * @param usernameClaim claim naming the caller (falls back to {@code sub})
	 * @param rolesClaim claim listing roles (ADMIN, CHIEF, ANALYST, SYSTEM; a string or a list)
	 * @param clustersClaim claim listing the cluster ids a chief owns
	 * @param issuer expected {@code iss}; blank: not checked here (an issuer-uri set for discovery is checked by Spring)
	 */
	record Jwt(@DefaultValue("preferred_username") String usernameClaim, @DefaultValue("roles") String rolesClaim,
			@DefaultValue("clusters") String clustersClaim, String issuer) {
	}

	record Cors(@DefaultValue List<String> allowedOrigins) {
	}

	record ApiKeys(@DefaultValue("5m") Duration lastUseInterval) {
	}
}
