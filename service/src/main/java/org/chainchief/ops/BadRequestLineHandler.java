package org.chainchief.ops;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.util.ReferenceCountUtil;
import tools.jackson.databind.json.JsonMapper;

/**
 * Sits right after the HTTP decoder: a request the decoder could not read (most often raw, un-encoded UTF-8 in
 * the URL, as typed into curl) gets a problem+json answer that says what to do, instead of the server's empty
 * 400. The connection is closed afterwards, as the server would.
 */
final class BadRequestLineHandler extends ChannelInboundHandlerAdapter {

	static final String NAME = "chain-chief.badRequestLine";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private boolean discarding;

	@Override
	public void channelRead(ChannelHandlerContext ctx, Object msg) {
		if (msg instanceof HttpRequest request && (request.decoderResult().isFailure() || badUri(request.uri()) != null)) {
			Throwable cause = request.decoderResult().isFailure() ? request.decoderResult().cause()
					: new IllegalArgumentException(badUri(request.uri()));
			ReferenceCountUtil.release(msg);
			discarding = true;
			ctx.writeAndFlush(problem(cause, request.headers().get(RequestIds.HEADER)))
				.addListener(ChannelFutureListener.CLOSE);
			return;
		}
		if (discarding && msg instanceof HttpContent) {
			ReferenceCountUtil.release(msg);
			return;
		}
		ctx.fireChannelRead(msg);
	}

	/**
	 * Why the web framework could not take this request target (it answers such a URI with an empty 400), or
	 * null: raw non-ASCII (Netty reads the request line as ISO-8859-1) or another character a URI may not hold.
	 */
	static String badUri(String uri) {
		for (int i = 0; i < uri.length(); i++) {
			char c = uri.charAt(i);
			if (c > 0x7E || c < 0x21) {
				return "the URL holds a raw byte 0x" + Integer.toHexString(c).toUpperCase(java.util.Locale.ROOT)
						+ " at position " + i;
			}
		}
		try {
			new java.net.URI(uri);
			return null;
		}
		catch (java.net.URISyntaxException ex) {
			return "the URL is not a valid URI: " + ex.getReason() + " at index " + ex.getIndex();
		}
	}

	static FullHttpResponse problem(Throwable cause, String requestId) {
		boolean tooLong = cause instanceof TooLongFrameException;
		HttpResponseStatus status = cause instanceof io.netty.handler.codec.http.TooLongHttpLineException
				? HttpResponseStatus.REQUEST_URI_TOO_LONG
				: tooLong ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE : HttpResponseStatus.BAD_REQUEST;
		String id = RequestIds.valid(requestId) ? requestId : org.chainchief.support.RandomIds.next();
		String reason = cause == null || cause.getMessage() == null ? "malformed request" : cause.getMessage();
		if (reason.length() > 300) {
			reason = reason.substring(0, 300) + "…";
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", tooLong ? "/problems/request-too-large" : "/problems/invalid-request");
		body.put("title", tooLong ? "Request line or headers too large" : "Invalid request");
		body.put("status", status.code());
		body.put("detail", tooLong
				? "The request line or its headers are longer than the server accepts (" + reason + ")"
				: "The request could not be read as HTTP (" + reason + "). The URL must be ASCII: percent-encode "
						+ "non-ASCII characters such as Chinese text, e.g. q=%E6%99%B6%E5%9C%86 for q=晶圆 "
						+ "(curl -G --data-urlencode 'q=晶圆' or curl --url-query 'q=晶圆'; browsers and HTTP "
						+ "libraries encode by themselves)");
		body.put("errors", List.of(Map.of("field", "url", "reason",
				tooLong ? "too long" : "must be ASCII; percent-encode other characters (RFC 3986)")));
		body.put("requestId", id);
		byte[] bytes = JSON.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
		FullHttpResponse response = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status,
				Unpooled.wrappedBuffer(bytes));
		response.headers()
			.set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
			.set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
			.set(HttpHeaderNames.CONNECTION, HttpHeaderValues.CLOSE)
			.set(RequestIds.HEADER, id);
		return response;
	}
}
