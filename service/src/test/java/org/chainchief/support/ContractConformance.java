package org.chainchief.support;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.chainchief.support.Contract.Match;
import org.reactivestreams.Publisher;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.MediaType;
import org.springframework.http.client.reactive.ClientHttpRequestDecorator;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.BodyInserter;
import org.springframework.web.reactive.function.client.ClientRequest;
import org.springframework.web.reactive.function.client.ClientResponse;
import org.springframework.web.reactive.function.client.ExchangeFilterFunction;
import org.springframework.web.reactive.function.client.ExchangeFunction;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

/**
 * Checks every exchange of an integration test against the committed contract, and fails the test on the first
 * difference:
 * <ul>
 * <li><b>Answers</b>: the status must be documented for the operation, the {@code Content-Type} must be one of that
 * response's media types (no body where none is documented), and a JSON body must conform to that media type's
 * schema. Streams and files (NDJSON, xlsx) are checked by status and media type only. A request to an
 * {@code /api/v1} path of no operation must be answered with a conforming problem.</li>
 * <li><b>Requests</b>, when the service accepted them (2xx): the operation exists, every query parameter is
 * declared and its value conforms to its schema, required parameters and bodies are there, the body's media type is
 * declared and a JSON body conforms to its schema. A request the service refused (4xx) is not checked against the
 * request schemas: tests send invalid requests on purpose, and what the contract promises for them is the problem
 * answer, which is checked. So the request schemas are held to what the service actually accepts.</li>
 * </ul>
 * Paths outside {@code /api/v1} (the OpenAPI document, Swagger UI) are not part of the contract and pass unchecked.
 */
public final class ContractConformance implements ExchangeFilterFunction {

	private static final String API = "/api/v1";

	private static final Set<String> STREAMED = Set.of("application/x-ndjson",
			"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/octet-stream");

	private final Contract contract;

	private final boolean undeclaredQueryParameters;

	public ContractConformance(Contract contract) {
		this(contract, false);
	}

	private ContractConformance(Contract contract, boolean undeclaredQueryParameters) {
		this.contract = contract;
		this.undeclaredQueryParameters = undeclaredQueryParameters;
	}

	/**
	 * The same checks, except that an accepted request may carry query parameters the operation does not declare
	 * (the service ignores them, as HTTP APIs do): for tests that add unknown parameters on purpose.
	 */
	public ContractConformance allowingUndeclaredQueryParameters() {
		return new ContractConformance(contract, true);
	}

	public static ContractConformance committed() {
		return new ContractConformance(Contract.committed());
	}

	@Override
	public Mono<ClientResponse> filter(ClientRequest request, ExchangeFunction next) {
		String path = request.url().getRawPath();
		if (!path.startsWith(API)) {
			return next.exchange(request);
		}
		Optional<Match> match = contract.operation(request.method().name(), path);
		Sent sent = new Sent();
		return next.exchange(recording(request, sent)).flatMap(response -> {
			String where = request.method().name() + " " + request.url();
			if (match.isEmpty()) {
				if (contract.hasPath(path) && response.statusCode().value() == 405) {
					return Mono.just(response); // a method the path does not have
				}
				return checkProblem(where, response);
			}
			if (response.statusCode().is2xxSuccessful()) {
				checkRequest(where, match.get(), request, sent);
			}
			return checkAnswer(where, match.get(), response);
		});
	}

	private Mono<ClientResponse> checkProblem(String where, ClientResponse response) {
		MediaType type = response.headers().contentType().orElse(null);
		if (type == null || !type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
				|| response.statusCode().is2xxSuccessful()) {
			throw fail(where, "answered " + response.statusCode().value() + " " + type
					+ " on a path of no operation (expected a problem)");
		}
		return withBody(response, body -> schemaCheck(where, contract.component("ProblemDetail"), body));
	}

	private Mono<ClientResponse> checkAnswer(String where, Match match, ClientResponse response) {
		String status = String.valueOf(response.statusCode().value());
		JsonNode responses = match.operation().path("responses");
		JsonNode documented = responses.has(status) ? responses.path(status) : responses.path("default");
		if (documented.isMissingNode()) {
			throw fail(where, "answered " + status + ", which " + match.name() + " does not document (documented: "
					+ names(responses) + ")");
		}
		JsonNode content = documented.path("content");
		Optional<MediaType> type = response.headers().contentType();
		if (content.isMissingNode() || content.isEmpty()) {
			return withBody(response, body -> {
				if (body.length > 0) {
					throw fail(where, "answered " + status + " with a body (" + type.orElse(null) + "), "
							+ match.name() + " documents none");
				}
			});
		}
		if (type.isEmpty()) {
			throw fail(where, "answered " + status + " without a Content-Type; documented: " + names(content));
		}
		String mediaType = mediaTypeOf(content, type.get());
		if (mediaType == null) {
			throw fail(where, "answered " + status + " as " + type.get() + ", " + match.name() + " documents "
					+ names(content) + " for " + status);
		}
		if (STREAMED.contains(mediaType) || !isJson(type.get())) {
			return Mono.just(response);
		}
		JsonNode schema = content.path(mediaType).path("schema");
		return withBody(response, body -> schemaCheck(where + " → " + status, schema, body));
	}

	private void checkRequest(String where, Match match, ClientRequest request, Sent sent) {
		byte[] body = sent.json;
		JsonNode op = match.operation();
		MultiValueMap<String, String> query = queryOf(request.url().getRawQuery());
		List<String> problems = new ArrayList<>();
		for (JsonNode parameter : op.path("parameters")) {
			String name = parameter.path("name").asString();
			String in = parameter.path("in").asString();
			List<String> values = switch (in) {
				case "query" -> decoded(query.get(name));
				case "path" -> match.pathValues().containsKey(name) ? List.of(match.pathValues().get(name)) : null;
				default -> null;
			};
			if (values == null || values.isEmpty()) {
				if (parameter.path("required").asBoolean(false)) {
					problems.add("required " + in + " parameter `" + name + "` missing");
				}
				continue;
			}
			JsonNode value = Parameters.value(parameter.path("schema"), values);
			contract.violations(parameter.path("schema"), value)
				.forEach(v -> problems.add(in + " parameter `" + name + "` = " + values + ": " + v));
		}
		for (String name : query.keySet()) {
			boolean declared = false;
			for (JsonNode parameter : op.path("parameters")) {
				declared |= parameter.path("in").asString().equals("query") && parameter.path("name").asString().equals(name);
			}
			if (!declared && !undeclaredQueryParameters) {
				problems.add("query parameter `" + name + "` is not declared by " + match.name());
			}
		}
		JsonNode requestBody = op.path("requestBody");
		Optional<MediaType> type = Optional.ofNullable(sent.type);
		if (type.isPresent() && !requestBody.isMissingNode()) {
			String mediaType = mediaTypeOf(requestBody.path("content"), type.get());
			if (mediaType == null) {
				problems.add("body sent as " + type.get() + ", declared: " + names(requestBody.path("content")));
			}
			else if (body != null && body.length > 0 && isJson(type.get())) {
				contract.violations(requestBody.path("content").path(mediaType).path("schema"), Contract.parse(body))
					.forEach(v -> problems.add("body " + v));
			}
		}
		else if (type.isPresent()) {
			problems.add("a body was sent (" + type.get() + "), " + match.name() + " declares none");
		}
		else if (type.isEmpty() && requestBody.path("required").asBoolean(false)) {
			problems.add("the required body is missing");
		}
		if (!problems.isEmpty()) {
			throw fail(where, "was accepted, but the request does not conform to " + match.name() + ": "
					+ String.join("; ", problems));
		}
	}

	private void schemaCheck(String where, JsonNode schema, byte[] body) {
		List<String> violations = contract.violations(schema, Contract.parse(body));
		if (!violations.isEmpty()) {
			String shown = new String(body, StandardCharsets.UTF_8);
			throw fail(where, "answer does not conform to its schema: " + String.join("; ", violations) + "\n  body: "
					+ (shown.length() > 2000 ? shown.substring(0, 2000) + "…" : shown));
		}
	}

	/** Reads the whole body, checks it, and hands the test a response with the same bytes. */
	private static Mono<ClientResponse> withBody(ClientResponse response, java.util.function.Consumer<byte[]> check) {
		return DataBufferUtils.join(response.bodyToFlux(DataBuffer.class))
			.map(buffer -> {
				byte[] bytes = new byte[buffer.readableByteCount()];
				buffer.read(bytes);
				DataBufferUtils.release(buffer);
				return bytes;
			})
			.defaultIfEmpty(new byte[0])
			.map(bytes -> {
				check.accept(bytes);
				return response.mutate()
					.body(Flux.just(DefaultDataBufferFactory.sharedInstance.wrap(bytes)))
					.build();
			});
	}

	/** What the client actually wrote: the body's media type (set by the body writer, e.g. multipart) and a JSON body. */
	private static final class Sent {

		volatile MediaType type;

		volatile byte[] json;
	}

	/** The request, with what it writes recorded in {@code sent} (the bytes only for a JSON body). */
	private static ClientRequest recording(ClientRequest request, Sent sent) {
		BodyInserter<?, ? super org.springframework.http.client.reactive.ClientHttpRequest> inserter = request.body();
		return ClientRequest.from(request).body((message, context) -> inserter.insert(new ClientHttpRequestDecorator(message) {
			@Override
			public Mono<Void> writeWith(Publisher<? extends DataBuffer> body) {
				sent.type = getHeaders().getContentType();
				if (sent.type == null || !isJson(sent.type)) {
					return super.writeWith(body);
				}
				return DataBufferUtils.join(body).flatMap(buffer -> {
					byte[] bytes = new byte[buffer.readableByteCount()];
					buffer.toByteBuffer().get(bytes);
					sent.json = bytes;
					return super.writeWith(Mono.just(buffer));
				});
			}

			@Override
			public Mono<Void> writeAndFlushWith(Publisher<? extends Publisher<? extends DataBuffer>> body) {
				sent.type = getHeaders().getContentType();
				return super.writeAndFlushWith(body);
			}
		}, context)).build();
	}

	private static String mediaTypeOf(JsonNode content, MediaType actual) {
		for (Map.Entry<String, JsonNode> e : content.properties()) {
			MediaType declared = MediaType.parseMediaType(e.getKey());
			if (declared.getType().equals(actual.getType()) && declared.getSubtype().equals(actual.getSubtype())) {
				return e.getKey();
			}
		}
		return null;
	}

	private static boolean isJson(MediaType type) {
		return type.getSubtype().equals("json") || type.getSubtype().endsWith("+json");
	}

	/**
	 * The query's parameters, names decoded and values still encoded (as {@link #decoded} expects), read leniently:
	 * a test may send characters a strict parser refuses, and what the service made of them is what is checked.
	 */
	private static MultiValueMap<String, String> queryOf(String raw) {
		MultiValueMap<String, String> query = new org.springframework.util.LinkedMultiValueMap<>();
		if (raw == null || raw.isEmpty()) {
			return query;
		}
		for (String pair : raw.split("&")) {
			int eq = pair.indexOf('=');
			String name = eq < 0 ? pair : pair.substring(0, eq);
			query.add(decode(name), eq < 0 ? null : pair.substring(eq + 1));
		}
		return query;
	}

	private static String decode(String raw) {
		try {
			return java.net.URLDecoder.decode(raw, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			return raw; // not valid percent-encoding: compared as sent
		}
	}

	private static List<String> decoded(List<String> raw) {
		return raw == null ? null
				: raw.stream().map(v -> v == null ? "" : decode(v)).toList();
	}

	private static String names(JsonNode object) {
		return String.join(", ", object.propertyNames());
	}

	private static AssertionError fail(String where, String what) {
		return new AssertionError("Contract (openapi/chain-chief.json): " + where + " " + what);
	}
}
