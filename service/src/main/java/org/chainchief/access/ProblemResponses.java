package org.chainchief.access;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.csrf.CsrfException;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedException;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * Refusals as RFC 9457 problems: 401 with {@code WWW-Authenticate} naming the ways to sign in, 403 naming the
 * missing role, cluster or CSRF token. {@code Basic} is offered only to requests that are not
 * {@code X-Requested-With: XMLHttpRequest}, so a page calling fetch() never makes the browser show its password popup.
 */
final class ProblemResponses implements ServerAuthenticationEntryPoint, ServerAccessDeniedHandler {

	static final String REALM = "chain-chief";

	private final JsonMapper json;

	private final boolean basic;

	private final boolean bearer;

	ProblemResponses(JsonMapper json, boolean basic, boolean bearer) {
		this.json = json;
		this.basic = basic;
		this.bearer = bearer;
	}

	@Override
	public Mono<Void> commence(ServerWebExchange exchange, AuthenticationException ex) {
		ServerHttpResponse response = exchange.getResponse();
		List<String> challenges = new ArrayList<>();
		boolean badToken = ex instanceof OAuth2AuthenticationException;
		if (bearer) {
			challenges.add(badToken ? "Bearer realm=\"" + REALM + "\", error=\"invalid_token\"" : "Bearer realm=\"" + REALM + "\"");
		}
		challenges.add("ApiKey realm=\"" + REALM + "\"");
		if (basic && !xhr(exchange)) {
			challenges.add("Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
		}
		response.getHeaders().put(HttpHeaders.WWW_AUTHENTICATE, challenges);
		String detail = ex instanceof BadCredentialsException || badToken
				? "The credentials were not accepted: " + safe(ex)
				: "Sign in first: " + ways();
		return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required", detail,
				"Authorization", "no valid credentials");
	}

	@Override
	public Mono<Void> handle(ServerWebExchange exchange, AccessDeniedException denied) {
		if (denied instanceof CsrfException) {
			return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden",
					"A request signed in by the session cookie needs the CSRF token: send the XSRF-TOKEN cookie's value "
							+ "in the X-XSRF-TOKEN header",
					"X-XSRF-TOKEN", "missing or wrong CSRF token");
		}
		Refusal r = exchange.getAttribute(Refusal.class.getName());
		if (r == null && denied instanceof AuthorizationDeniedException ade
				&& ade.getAuthorizationResult() instanceof Refusal found) {
			r = found;
		}
		if (r != null) {
			return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", r.detail(), r.field(), r.reason());
		}
		return write(exchange, HttpStatus.FORBIDDEN, "forbidden", "Forbidden", "You may not do this", "role",
				"not allowed");
	}

	/** A failed form login: 401 (no Basic challenge: the page asked with a form). */
	Mono<Void> loginFailed(ServerWebExchange exchange) {
		exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE, "FormLogin realm=\"" + REALM + "\"");
		return write(exchange, HttpStatus.UNAUTHORIZED, "unauthorized", "Authentication required",
				"Wrong user name or password", "password", "not accepted");
	}

	/**
	 * A request the firewall refused before anything read it (an encoded {@code %}, {@code /} or NUL in the path,
	 * a control character, a non-normalized path): 400 naming the URL and what in it was refused.
	 */
	Mono<Void> rejected(ServerWebExchange exchange, ServerExchangeRejectedException ex) {
		String reason = org.chainchief.support.ProblemDetailsAdvice.refusal(ex);
		return write(exchange, HttpStatus.BAD_REQUEST, "invalid-request", "Invalid request",
				"The URL was refused: " + reason + ". Ids and names go into a path percent-encoded once, without "
						+ "control characters, and the path must not contain '..', '//' or an encoded '/' or '%'",
				"url", reason);
	}

	/** A JSON body with a status. */
	Mono<Void> writeJson(ServerWebExchange exchange, HttpStatus status, Object body) {
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_JSON);
		byte[] bytes = json.writeValueAsBytes(body);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
	}

	private Mono<Void> write(ServerWebExchange exchange, HttpStatus status, String slug, String title, String detail,
			String field, String reason) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setType(URI.create("/problems/" + slug));
		problem.setTitle(title);
		problem.setInstance(instance(exchange));
		problem.setProperty("errors", List.of(Map.of("field", field, "reason", reason)));
		ServerHttpResponse response = exchange.getResponse();
		response.setStatusCode(status);
		response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
		byte[] bytes = json.writeValueAsString(problem).getBytes(StandardCharsets.UTF_8);
		return response.writeWith(Mono.just(response.bufferFactory().wrap(bytes)));
	}

	private static URI instance(ServerWebExchange exchange) {
		try {
			return URI.create(exchange.getRequest().getPath().value());
		}
		catch (IllegalArgumentException ex) {
			return null; // a refused path that is not even a URI reference
		}
	}

	private String ways() {
		List<String> ways = new ArrayList<>();
		if (bearer) {
			ways.add("Authorization: Bearer <JWT>");
		}
		ways.add("X-API-Key: <key> (or Authorization: ApiKey <key>)");
		if (basic) {
			ways.add("HTTP Basic with a demo account, or POST /login");
		}
		return String.join("; ", ways);
	}

	/** The reason of a refused credential, without internals (no class names, no stack). */
	private static String safe(AuthenticationException ex) {
		String message = ex.getMessage() == null ? "invalid" : ex.getMessage();
		int colon = message.indexOf(": ");
		if (message.startsWith("An error occurred while attempting to decode the Jwt") && colon > 0) {
			message = message.substring(colon + 2);
		}
		return message.length() > 200 ? message.substring(0, 200) : message;
	}

	private static boolean xhr(ServerWebExchange exchange) {
		return "XMLHttpRequest".equalsIgnoreCase(exchange.getRequest().getHeaders().getFirst("X-Requested-With"));
	}
}
