package org.chainchief.report;

import java.nio.charset.StandardCharsets;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriUtils;

/**
 * Download responses with a Chinese file name: {@code Content-Disposition: attachment; filename="<ascii>";
 * filename*=UTF-8''<percent-encoded>} (RFC 6266 / 5987: current browsers and Excel take the UTF-8 name, old
 * clients the ASCII one).
 */
final class Downloads {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final MediaType CSV_TYPE = MediaType.parseMediaType("text/csv;charset=UTF-8");

	private Downloads() {
	}

	static ResponseEntity<byte[]> response(Reports.Download download, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + download.asciiName() + "\"; filename*=UTF-8''"
					+ UriUtils.encode(download.fileName(), StandardCharsets.UTF_8))
			.body(download.bytes());
	}

	/** A file name without path separators, control characters or characters Windows refuses. */
	static String fileName(String base, String extension) {
		String clean = base.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]+", "_").strip();
		return (clean.isEmpty() ? "export" : clean) + "." + extension;
	}

	/** The same name in plain ASCII (letters, digits, '.', '-', '_'). */
	static String asciiName(String base, String extension) {
		String clean = base.replaceAll("[^A-Za-z0-9._-]+", "_");
		return (clean.isEmpty() ? "export" : clean) + "." + extension;
	}
}
