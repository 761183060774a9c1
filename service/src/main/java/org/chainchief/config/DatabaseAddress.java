package org.chainchief.config;

/**
 * Where this instance's graph is: the Bolt URI of the embedded database (on loopback; a second instance on this
 * machine may use it as {@code NEO4J_URI}), or of the external server. The start-up banner shows it.
 */
public record DatabaseAddress(String boltUri, boolean embedded) implements BannerLine {

	@Override
	public String line() {
		return "Database    " + boltUri + (embedded ? " (embedded; another instance on this machine may use it as NEO4J_URI)" : "");
	}
}
