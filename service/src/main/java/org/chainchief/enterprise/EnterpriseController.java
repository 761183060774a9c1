package org.chainchief.enterprise;

import org.chainchief.model.AboveScale;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.Responses;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.chainchief.audit.Audited;
import reactor.core.publisher.Mono;

/** Enterprises: Chinese name search with filters, detail, and writes. */
@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = "Enterprises (企业), local and outside, and where they operate")
final class EnterpriseController {

	private final EnterpriseRepository enterprises;

	EnterpriseController(EnterpriseRepository enterprises) {
		this.enterprises = enterprises;
	}

	@GetMapping
	@Operation(operationId = "searchEnterprises", summary = "Search enterprises",
			description = "Name search and filters, paged. `q` matches any part of the Chinese or English name, "
					+ "case-insensitively (\"晶圆\" and \"晶\" find 中欣晶圆), and whole words through the full-text "
					+ "index; `q` of Latin letters only (2..30) also matches the pinyin initials of Chinese names (zxjy or "
					+ "jy finds 中欣晶圆; a polyphonic character matches any of its readings). With `q`, results are "
					+ "ranked exact name > name prefix > name contains > pinyin initials > words only, then "
					+ "by full-text score; without `q`, by name in pinyin order (拼音). Ties are broken by pinyin name, "
					+ "then id. Filters combine with AND.")
	Mono<EnterprisePage> search(@Valid @ParameterObject EnterpriseQuery query) {
		return enterprises.search(query);
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getEnterprise", summary = "Get an enterprise",
			description = "The enterprise with the links it operates in (and its share), its suppliers and its "
					+ "customers, grouped by the link whose product is traded.")
	Mono<EnterpriseDetail> get(@Parameter(description = "Enterprise id", example = "E-semi-zxjy") @PathVariable String id) {
		return enterprises.findById(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("enterprise", id)));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createEnterprise", summary = "Create an enterprise",
			description = "Creates an enterprise. When `aboveScale` is absent and `revenue` is given, `aboveScale` is "
					+ "derived: revenue ≥ 2000 万元. An explicit `aboveScale` is kept as given. 409 when the id exists.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the stored record",
			headers = @Header(name = "Location", description = "URL of the new enterprise", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = EnterpriseRecord.class)))
	@ApiResponse(responseCode = "409", description = "An enterprise with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<EnterpriseRecord>> create(@Valid @RequestBody EnterpriseRecord enterprise) {
		return enterprises.create(AboveScale.derive(enterprise))
			.map(created -> Responses.created("/api/v1/enterprises/{id}", created.id(), created))
			.contextWrite(Audited.target("enterprise", java.util.Map.of("id", enterprise.id())));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceEnterprise", summary = "Replace an enterprise's fields",
			description = "Replaces every field (absent ones are removed; `aboveScale` derived as on create). The links "
					+ "it operates in and its supply relations stay. The body's id must equal the path id.")
	Mono<EnterpriseRecord> replace(@Parameter(description = "Enterprise id", example = "E-semi-zxjy") @PathVariable String id,
			@Valid @RequestBody EnterpriseRecord enterprise) {
		if (!id.equals(enterprise.id())) {
			return Mono.error(ApiProblem.idMismatch(id));
		}
		return enterprises.update(AboveScale.derive(enterprise))
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("enterprise", id)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteEnterprise", summary = "Delete an enterprise",
			description = "Deletes the enterprise with the links it operates in, its supply relations and its project "
					+ "references.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Enterprise id", example = "E-semi-zxjy") @PathVariable String id) {
		return enterprises.delete(id)
			.flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(ApiProblem.notFound("enterprise", id)));
	}
}
