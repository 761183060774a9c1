package org.chainchief.audit;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;

import org.chainchief.support.ApiProblem;

/**
 * A query of the audit trail (null filters are absent).
 *
 * @param actor   entries by this caller
 * @param since   entries at or after this time
 * @param kind    entries about this kind of object
 * @param cluster entries about objects of this cluster
 * @param page    0-based page
 * @param size    page size
 */
record AuditQuery(String actor, ZonedDateTime since, String kind, String cluster, int page, int size) {

	/** {@code since} as a date (2026-12-01, midnight UTC) or an ISO-8601 date-time with offset; 400 otherwise. */
	static ZonedDateTime since(String text) {
		if (text == null || text.isBlank()) {
			return null;
		}
		try {
			if (text.length() == 10) {
				return LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC);
			}
			return OffsetDateTime.parse(text).toZonedDateTime();
		}
		catch (DateTimeParseException ex) {
			throw ApiProblem.invalid("since", "must be a date (2026-12-01) or a date-time with offset (2026-12-01T08:00:00Z)");
		}
	}
}
