package org.chainchief.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Raw UTF-8 in the request line, as curl sends "…?q=晶圆": a problem+json 400 that says to percent-encode. */
class RawUtf8UrlTest extends IntegrationTest {

	@LocalServerPort
	int port;

	private String send(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", port)) {
			socket.setSoTimeout(60_000); // a bound, not a speed target: the first search plans its query
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream answer = new ByteArrayOutputStream();
			in.transferTo(answer); // the server closes the connection after the answer
			return answer.toString(StandardCharsets.UTF_8);
		}
	}

	@Test
	void rawChineseInTheQueryGetsAProblemSayingToPercentEncode() throws IOException {
		byte[] request = ("GET /api/v1/enterprises?q=晶圆 HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Request-Id: raw-1\r\n\r\n")
			.getBytes(StandardCharsets.UTF_8);
		String answer = send(request);
		String head = answer.substring(0, answer.indexOf("\r\n\r\n")).toLowerCase(java.util.Locale.ROOT);
		String body = answer.substring(answer.indexOf("\r\n\r\n") + 4);
		assertThat(head).startsWith("http/1.1 400");
		assertThat(head).contains("content-type: application/problem+json").contains("x-request-id: raw-1");
		assertThat(body).contains("\"type\":\"/problems/invalid-request\"")
			.contains("percent-encode")
			.contains("%E6%99%B6%E5%9C%86")
			.contains("\"field\":\"url\"")
			.contains("\"requestId\":\"raw-1\"");
	}

	@Test
	void theSameQueryPercentEncodedIsAnswered() throws IOException {
		String basic = java.util.Base64.getEncoder()
			.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
		String answer = send(("GET /api/v1/enterprises?q=%E6%99%B6%E5%9C%86 HTTP/1.1\r\nHost: 127.0.0.1\r\n"
				+ "Authorization: Basic " + basic + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
		assertThat(answer).startsWith("HTTP/1.1 200");
	}
}
