package org.chainchief.config;

import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The served contract: info, a fixed relative server (so the document does not depend on the port), the
 * RFC 9457 problem schema, and the error responses every operation can give.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfiguration {

	static final String PROBLEM = "ProblemDetail";

	@Bean
	OpenAPI chainChiefOpenApi() {
		return new OpenAPI()
			.info(new Info().title("chain-chief API")
				.version("v1")
				.description("Industry chains of a development zone as a graph: clusters, links (环节), enterprises, "
						+ "gaps (缺链/弱链), chokepoints (卡脖子) and recruits (招商). Errors are RFC 9457 problem details.")
				.license(new License().name("Apache-2.0")))
			.servers(List.of(new Server().url("/").description("This service")))
			.components(new Components().addSchemas(PROBLEM, problemSchema())
				.addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
					.description("Demo accounts (embedded default): admin, analyst, system, chief-<cluster id>"))
				.addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
					.bearerFormat("JWT").description("A JWT of the configured identity provider (roles and clusters claims)"))
				.addSecuritySchemes("apiKey", new SecurityScheme().type(SecurityScheme.Type.APIKEY)
					.in(SecurityScheme.In.HEADER).name("X-API-Key").description("An API key created by an ADMIN")))
			.security(List.of(new SecurityRequirement().addList("basic"), new SecurityRequirement().addList("bearer"),
					new SecurityRequirement().addList("apiKey")));
	}

	@Bean
	OpenApiCustomizer problemResponses() {
		return openApi -> openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
			addProblem(op, "400", "Invalid request: the `errors` list names each field and reason");
			if (!path.equals("/api/v1/me")) {
				addProblem(op, "401", "Nobody is signed in, or the credentials were refused (see WWW-Authenticate)");
				addProblem(op, "403", "The caller lacks the role or the cluster; `errors[0].field` names which");
			}
			if (path.contains("{")) {
				addProblem(op, "404", "Unknown id");
			}
			addProblem(op, "500", "Unexpected failure (logged)");
		}));
	}

	private static void addProblem(Operation op, String code, String description) {
		if (op.getResponses() == null || op.getResponses().containsKey(code)) {
			return;
		}
		op.getResponses()
			.addApiResponse(code, new ApiResponse().description(description)
				.content(new Content().addMediaType("application/problem+json",
						new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
	}

	@SuppressWarnings({ "rawtypes", "unchecked" })
	private static Schema problemSchema() {
		Schema fieldError = new ObjectSchema().description("One reason, naming the field at fault")
			.addProperty("field", new StringSchema().example("stage"))
			.addProperty("reason", new StringSchema().example("must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM"));
		return new ObjectSchema().description("RFC 9457 problem details")
			.addProperty("type", new StringSchema().example("/problems/invalid-request"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().example(400))
			.addProperty("detail", new StringSchema().example("stage: must be one of UPSTREAM, MIDSTREAM, DOWNSTREAM"))
			.addProperty("instance", new StringSchema().example("/api/v1/links"))
			.addProperty("errors", new ArraySchema().items(fieldError))
			.example(Map.of("type", "/problems/not-found", "title", "Resource not found", "status", 404, "detail",
					"No cluster with id 'nope'"));
	}
}
