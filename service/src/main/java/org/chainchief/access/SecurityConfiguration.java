package org.chainchief.access;

import java.util.List;
import java.util.Set;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.context.WebSessionServerSecurityContextRepository;
import org.springframework.security.web.server.csrf.CookieServerCsrfTokenRepository;
import org.springframework.security.web.server.csrf.CsrfToken;
import org.springframework.security.web.server.csrf.ServerCsrfTokenRequestAttributeHandler;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.security.web.server.util.matcher.ServerWebExchangeMatcher.MatchResult;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.UrlBasedCorsConfigurationSource;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

/**
 * The one security filter chain (Spring Security for WebFlux). Ways to sign in: a JWT ({@code Authorization: Bearer},
 * when an identity provider is configured), an API key ({@code X-API-Key} or {@code Authorization: ApiKey}), and,
 * with the demo accounts, HTTP Basic and the form login ({@code POST /login}, session cookie). Who may do what:
 * {@link AccessRules}. CSRF applies to requests that a browser could forge: state-changing requests authenticated
 * by the session cookie (any unsafe request without a bearer token or API key, and Basic requests that carry an
 * {@code Origin} header, as browsers send); the token is the {@code XSRF-TOKEN} cookie echoed in {@code X-XSRF-TOKEN}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SecurityProperties.class)
class SecurityConfiguration {

	/**
	 * A self-hosted page: everything from this origin; images may also be data: URIs (Swagger UI's icons); style
	 * attributes are allowed (ECharts draws with them: blocked, its charts and tooltips lose their styles), style
	 * sheets and scripts only from this origin.
	 */
	static final String CSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; style-src-attr 'unsafe-inline'; script-src 'self'; "
			+ "object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

	/** The WebFlux session cookie. */
	static final String SESSION_COOKIE = "SESSION";

	private static final Set<HttpMethod> SAFE = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS,
			HttpMethod.TRACE);

	@Bean
	SecurityWebFilterChain securityWebFilterChain(ServerHttpSecurity http, SecurityProperties properties,
			AccessRules rules, DemoAccounts demo, ApiKeys keys, JsonMapper json,
			ObjectProvider<ReactiveJwtDecoder> jwtDecoder) {
		boolean bearer = jwtDecoder.getIfAvailable() != null;
		ProblemResponses problems = new ProblemResponses(json, demo.enabled(), bearer);
		http.securityContextRepository(new WebSessionServerSecurityContextRepository())
			.requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
			.authorizeExchange(exchanges -> exchanges.anyExchange().access(rules))
			.exceptionHandling(e -> e.authenticationEntryPoint(problems).accessDeniedHandler(problems))
			.csrf(csrf -> csrf.csrfTokenRepository(CookieServerCsrfTokenRepository.withHttpOnlyFalse())
				.csrfTokenRequestHandler(new ServerCsrfTokenRequestAttributeHandler())
				.requireCsrfProtectionMatcher(SecurityConfiguration::forgeable)
				.accessDeniedHandler(problems))
			.headers(headers -> headers.contentSecurityPolicy(csp -> csp.policyDirectives(CSP))
				.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)))
			.addFilterAt(ApiKeyAuthentication.filter(keys, properties.apiKeys().lastUseInterval(), problems),
					SecurityWebFiltersOrder.AUTHENTICATION)
			.addFilterAfter(csrfCookie(), SecurityWebFiltersOrder.CSRF)
			.logout(logout -> logout.logoutUrl("/logout").logoutSuccessHandler((exchange, authentication) -> {
				exchange.getExchange().getResponse().setStatusCode(HttpStatus.NO_CONTENT);
				return Mono.empty();
			}));
		if (demo.enabled()) {
			var manager = demo.authenticationManager();
			// Basic signs in each request on its own: no session is made for it (one per request piled up in
			// memory under load, ~14,600 in three minutes of the load test). The form login keeps its session.
			http.httpBasic(basic -> basic.authenticationManager(manager).authenticationEntryPoint(problems)
					.securityContextRepository(NoOpServerSecurityContextRepository.getInstance()))
				.formLogin(form -> form.loginPage("/login")
					.authenticationManager(manager)
					.authenticationEntryPoint(problems)
					.authenticationSuccessHandler((exchange, authentication) -> problems.writeJson(
							exchange.getExchange(), HttpStatus.OK, MeController.Me.of(Caller.of(authentication))))
					.authenticationFailureHandler((exchange, ex) -> problems.loginFailed(exchange.getExchange())));
		}
		else {
			http.httpBasic(ServerHttpSecurity.HttpBasicSpec::disable).formLogin(ServerHttpSecurity.FormLoginSpec::disable);
		}
		if (bearer) {
			http.oauth2ResourceServer(oauth -> oauth.jwt(jwt -> jwt.jwtAuthenticationConverter(new JwtCallers(properties.jwt())))
				.authenticationEntryPoint(problems)
				.accessDeniedHandler(problems));
		}
		List<String> origins = properties.cors().allowedOrigins();
		if (origins.isEmpty()) {
			http.cors(ServerHttpSecurity.CorsSpec::disable);
		}
		else {
			CorsConfiguration cors = new CorsConfiguration();
			cors.setAllowedOrigins(origins);
			cors.setAllowedMethods(List.of("GET", "HEAD", "POST", "PUT", "DELETE"));
			cors.setAllowedHeaders(List.of(HttpHeaders.AUTHORIZATION, HttpHeaders.CONTENT_TYPE, ApiKeyAuthentication.HEADER,
					"X-XSRF-TOKEN", "X-Requested-With"));
			cors.setExposedHeaders(List.of(HttpHeaders.LOCATION, HttpHeaders.WWW_AUTHENTICATE));
			UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
			source.registerCorsConfiguration("/api/**", cors);
			http.cors(c -> c.configurationSource(source));
		}
		return http.build();
	}

	/** Requests the firewall refuses are answered with a problem, like every other refusal. */
	@Bean
	ServerExchangeRejectedHandler rejectedRequests(JsonMapper json) {
		return new ProblemResponses(json, false, false)::rejected;
	}

	/** The expected {@code iss} of JWTs, when configured (Spring checks it itself for a discovered issuer URI). */
	@Bean
	@ConditionalOnExpression("'${chain-chief.security.jwt.issuer:}' != ''")
	OAuth2TokenValidator<Jwt> jwtIssuerValidator(SecurityProperties properties) {
		return new JwtIssuerValidator(properties.jwt().issuer());
	}

	/**
	 * A state-changing request a browser could send on its own: one carrying the session cookie (and no bearer
	 * token or API key, which a page of another site cannot add), or a Basic request with an {@code Origin} header
	 * (a browser replaying cached Basic credentials; curl and API clients send no Origin). A request with no
	 * credentials at all is not checked: nothing signs it in, so it gets its 401.
	 */
	static Mono<MatchResult> forgeable(ServerWebExchange exchange) {
		var request = exchange.getRequest();
		if (SAFE.contains(request.getMethod())) {
			return MatchResult.notMatch();
		}
		HttpHeaders headers = request.getHeaders();
		if (headers.getFirst(ApiKeyAuthentication.HEADER) != null) {
			return MatchResult.notMatch();
		}
		String authorization = headers.getFirst(HttpHeaders.AUTHORIZATION);
		String scheme = authorization == null ? "" : authorization.split(" ", 2)[0];
		if (scheme.equalsIgnoreCase("Bearer") || scheme.equalsIgnoreCase("ApiKey")) {
			return MatchResult.notMatch();
		}
		if (scheme.equalsIgnoreCase("Basic")) {
			return headers.getOrigin() != null ? MatchResult.match() : MatchResult.notMatch();
		}
		return request.getCookies().containsKey(SESSION_COOKIE) ? MatchResult.match() : MatchResult.notMatch();
	}

	/** Makes the CSRF token cookie appear on every answer, so a page can read it before its first write. */
	private static WebFilter csrfCookie() {
		return (exchange, chain) -> {
			Mono<CsrfToken> token = exchange.getAttributeOrDefault(CsrfToken.class.getName(), Mono.empty());
			return token.then(chain.filter(exchange));
		};
	}

}
