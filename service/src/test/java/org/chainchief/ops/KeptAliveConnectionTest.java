package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * One HTTP/1.1 connection kept alive across requests, as browsers and HTTP clients keep them: every request on it
 * is answered, also the one after a request that waited behind its predecessor and was answered at once. That
 * sequence used to leave the connection unread (the server never asked for its next bytes), so the next request
 * got no answer until the client gave up: the request stall of issue #7 (reactor-netty up to 1.3.7; this test
 * failed on 1.3.6).
 */
class KeptAliveConnectionTest extends IntegrationTest {

	/** The longest wait for one answer: far above any answer here, far below the test client's 120 s. */
	private static final int ANSWER_BOUND_MS = 20_000;

	@LocalServerPort
	int port;

	@Test
	void theRequestAfterAPipelinedOneAnsweredAtOnceIsAnswered() throws IOException {
		String auth = "Authorization: Basic " + Base64.getEncoder()
			.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)) + "\r\n";
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(ANSWER_BOUND_MS);
			OutputStream out = socket.getOutputStream();
			InputStream in = socket.getInputStream();
			for (int round = 0; round < 5; round++) {
				// a read that goes to the database, and right behind it (same write) one the server refuses on the
				// spot, before any other work (a NUL in the path): it waits for the first answer, then is answered
				// at once, on the connection's own thread
				out.write(("GET /api/v1/clusters HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n"
						+ "GET /api/v1/clusters/%00 HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				assertThat(status(in)).as("round %d, the read", round).isEqualTo(200);
				assertThat(status(in)).as("round %d, the refused one", round).isEqualTo(400);
				// the next request on the same connection
				out.write(("GET /api/v1/clusters HTTP/1.1\r\nHost: localhost\r\n" + auth + "\r\n")
					.getBytes(StandardCharsets.US_ASCII));
				out.flush();
				assertThat(status(in)).as("round %d, the request after them", round).isEqualTo(200);
			}
		}
	}

	/** Reads one whole response (its head, then a body of Content-Length or chunked) and returns its status. */
	private static int status(InputStream in) throws IOException {
		String head;
		try {
			head = line(in, true);
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("no answer within " + ANSWER_BOUND_MS + " ms on the kept-alive connection", ex);
		}
		int status = Integer.parseInt(head.split(" ")[1]);
		long length = -1;
		boolean chunked = false;
		for (String header = line(in, false); !header.isEmpty(); header = line(in, false)) {
			String lower = header.toLowerCase(Locale.ROOT);
			if (lower.startsWith("content-length:")) {
				length = Long.parseLong(lower.substring(15).strip());
			}
			else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) {
				chunked = true;
			}
		}
		if (chunked) {
			for (long size = Long.parseLong(line(in, false).strip(), 16); size > 0;
					size = Long.parseLong(line(in, false).strip(), 16)) {
				in.readNBytes((int) size);
				line(in, false);
			}
			line(in, false);
		}
		else if (length > 0) {
			in.readNBytes((int) length);
		}
		return status;
	}

	private static String line(InputStream in, boolean first) throws IOException {
		ByteArrayOutputStream line = new ByteArrayOutputStream();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new AssertionError("the server closed the connection" + (first ? " instead of answering" : ""));
			}
			if (b != '\r') {
				line.write(b);
			}
		}
		return line.toString(StandardCharsets.ISO_8859_1);
	}
}
