package org.chainchief.config;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.JsonSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served contract: info, a fixed relative server (so the document does not depend on the port), the
 * RFC 9457 problem schema, the error responses every operation can give ({@link #STANDARD_PROBLEMS}, one line per
 * kind), and the nullability rules of {@link NullabilityRules}.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "ProblemDetail";

	static final String PROBLEM_JSON = "application/problem+json";

	/** An error response the service can give for every operation that {@code applies}. */
	record StandardProblem(String status, String description, BiPredicate<String, Operation> applies) {
	}

	/**
	 * The problem responses added to every operation they apply to (an operation's own description of a status is
	 * kept). A new kind of refusal (401, 403, 413, 429, 503…) is one more line here.
	 */
	static final List<StandardProblem> STANDARD_PROBLEMS = List.of(
			new StandardProblem("400", "Invalid request: the `errors` list names each field and reason",
					(path, op) -> true),
			new StandardProblem("401", "Nobody is signed in, or the credentials were refused (see `WWW-Authenticate`)",
					(path, op) -> !path.equals("/api/v1/me")),
			new StandardProblem("403", "The caller lacks the role or the cluster; `errors[0].field` names which",
					(path, op) -> !path.equals("/api/v1/me")),
			new StandardProblem("404", "Unknown id: `errors[0].field` names the parameter that held it",
					(path, op) -> path.contains("{")),
			new StandardProblem("406",
					"Not acceptable: the `Accept` header names no media type this operation answers with",
					(path, op) -> answersWithContent(op)),
			new StandardProblem("415",
					"Unsupported media type: the body's `Content-Type` is not one this operation takes",
					(path, op) -> op.getRequestBody() != null),
			new StandardProblem("413", "Request too large: a body or an import over its limit (`limit` and `value` name it)",
					(path, op) -> op.getRequestBody() != null),
			new StandardProblem("414", "URL too long: the request line is over the server's limit (answered before routing)",
					(path, op) -> true),
			new StandardProblem("431", "Request headers too large: over the server's limit (answered before routing)",
					(path, op) -> true),
			new StandardProblem("429", "Too many requests: the caller is over its rate on the analyses; see `Retry-After`",
					(path, op) -> org.chainchief.limits.LimitsProperties.rateLimited(path)),
			new StandardProblem("500", "Unexpected failure (logged); bad input never gives one", (path, op) -> true),
			new StandardProblem("503",
					"Unavailable: the database is unreachable or busy, the service is still starting, or it is overloaded "
							+ "(`/problems/busy`); see `Retry-After`",
					(path, op) -> true),
			new StandardProblem("504", "A graph query exceeded its bound; `errors[0]` names the query",
					(path, op) -> true));

	@Bean
	OpenAPI chainChiefOpenApi() {
		return new OpenAPI()
			.info(new Info().title("chain-chief API")
				.version("v1")
				.description("Industry chains of a development zone as a graph: clusters, links (环节), enterprises, "
						+ "gaps (缺链/弱链), chokepoints (卡脖子) and recruits (招商). Errors are RFC 9457 problem "
						+ "details. A property listed as required is always present; a property whose type includes "
						+ "`null` may be null (and, in a request body, left out).")
				.license(new License().name("Apache-2.0").identifier("Apache-2.0")))
			.servers(List.of(new Server().url("/").description("This service")))
			.components(new Components()
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Demo accounts (embedded default): admin, analyst, system, chief-<cluster id>"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("JWT").description("A JWT of the configured identity provider (roles and clusters claims)"))
				.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER).name("X-API-Key").description("An API key created by an ADMIN")))
			.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer"),
					new SecurityRequirement().addList("apiKey")));
	}

	/** Runs after springdoc has built the document: the problem schema, standard responses, then nullability. */
	@Bean
	OpenApiCustomizer contractRules() {
		return openApi -> {
			openApi.getComponents().addSchemas(PROBLEM, problemSchema());
			openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
				for (StandardProblem problem : STANDARD_PROBLEMS) {
					if (problem.applies().test(path, op)) {
						addProblem(op, problem.status(), problem.description());
					}
				}
				pointProblemsAtTheSchema(op);
				arrayExamplesAsArrays(op);
			}));
			NullabilityRules.apply(openApi);
		};
	}

	private static boolean answersWithContent(Operation op) {
		return op.getResponses().entrySet().stream()
			.anyMatch(e -> e.getKey().startsWith("2") && e.getValue().getContent() != null
					&& !e.getValue().getContent().isEmpty());
	}

	private static void addProblem(Operation op, String code, String description) {
		if (op.getResponses() == null || op.getResponses().containsKey(code)) {
			return;
		}
		op.getResponses()
			.addApiResponse(code, new ApiResponse().description(description)
				.content(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemRef()))));
	}

	/** Every 4xx/5xx answer of an operation is problem+json with the one problem schema. */
	private static void pointProblemsAtTheSchema(Operation op) {
		op.getResponses().forEach((code, response) -> {
			if (code.startsWith("4") || code.startsWith("5")) {
				response.setContent(new Content().addMediaType(PROBLEM_JSON, new MediaType().schema(problemRef())));
			}
		});
	}

	/**
	 * A list parameter is documented with a readable example ({@code "MISSING,WEAK"}, as a user would type it);
	 * the contract's example is the value itself, an array.
	 */
	private static void arrayExamplesAsArrays(Operation op) {
		if (op.getParameters() == null) {
			return;
		}
		op.getParameters().forEach(parameter -> {
			Schema<?> schema = parameter.getSchema();
			boolean array = schema != null && ("array".equals(schema.getType())
					|| (schema.getTypes() != null && schema.getTypes().contains("array")));
			if (array && parameter.getExample() instanceof String text) {
				parameter.setExample(List.of(text.split(",")));
			}
		});
	}

	private static Schema<?> problemRef() {
		return new JsonSchema().$ref("#/components/schemas/" + PROBLEM);
	}

	private static Schema<?> string(String description, Object example) {
		return new JsonSchema().types(Set.of("string")).description(description).example(example);
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema fieldError = new JsonSchema().types(Set.of("object"))
			.description("One reason, naming the field at fault")
			.addProperty("field", string("The body field, parameter or header at fault", "stage"))
			.addProperty("reason", string("Why it was refused", "must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM"))
			.required(List.of("field", "reason"));
		return new JsonSchema().types(Set.of("object"))
			.description("RFC 9457 problem details. `type` is a URI reference relative to the service "
					+ "(`/problems/<kind>`), stable per kind of problem; `instance` is the path of the request.")
			.addProperty("type", string("Kind of problem: /problems/invalid-request (400), /problems/not-found "
					+ "(404), /problems/not-acceptable (406), /problems/conflict (409), "
					+ "/problems/unsupported-media-type (415), /problems/internal (500)", "/problems/invalid-request")
				.format("uri-reference"))
			.addProperty("title", string("Short human summary of the kind", "Invalid request"))
			.addProperty("status", new JsonSchema().types(Set.of("integer")).format("int32")
				.description("The HTTP status").example(400))
			.addProperty("detail", string("What went wrong in this request",
					"stage: must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM"))
			.addProperty("instance", string("The request path", "/api/v1/links").format("uri-reference"))
			.addProperty("errors", new JsonSchema().types(Set.of("array")).items(fieldError)
				.description("Each field at fault, with the reason"))
			.required(List.of("type", "title", "status"))
			.example(Map.of("type", "/problems/not-found", "title", "Resource not found", "status", 404, "detail",
					"No cluster with id 'nope'", "instance", "/api/v1/clusters/nope", "errors",
					List.of(Map.of("field", "id", "reason", "unknown cluster id"))));
	}
}
