package org.chainchief.access;

import java.util.Locale;

/** What a caller may do; see the README's role table. */
public enum Role {

	/** Everything, including imports, accounts and keys. */
	ADMIN,
	/** Reads all; writes only inside the clusters they own. */
	CHIEF,
	/** Reads all, exports, reads the audit trail. */
	ANALYST,
	/** Read-only API client. */
	SYSTEM;

	/** The Spring Security authority of this role. */
	public String authority() {
		return "ROLE_" + name();
	}

	/** The role named {@code name} (case-insensitive, with or without the ROLE_ prefix), or null. */
	static Role parse(String name) {
		if (name == null) {
			return null;
		}
		String upper = name.trim().toUpperCase(Locale.ROOT);
		if (upper.startsWith("ROLE_")) {
			upper = upper.substring(5);
		}
		for (Role role : values()) {
			if (role.name().equals(upper)) {
				return role;
			}
		}
		return null;
	}
}
