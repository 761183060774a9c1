package org.chainchief.access;

import org.springframework.security.authorization.AuthorizationDecision;

/** A refused request, with what was missing: {@code field} is {@code role} or {@code cluster} (or a field). */
final class Refusal extends AuthorizationDecision {

	private final String detail;

	private final String field;

	private final String reason;

	Refusal(String detail, String field, String reason) {
		super(false);
		this.detail = detail;
		this.field = field;
		this.reason = reason;
	}

	String detail() {
		return detail;
	}

	String field() {
		return field;
	}

	String reason() {
		return reason;
	}
}
