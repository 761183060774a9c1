package org.chainchief.relation;

import java.util.List;

import org.chainchief.model.Records;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.SuppliesRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.ApiProblem.FieldError;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.Validator;
import org.chainchief.access.Ownership;
import org.chainchief.audit.Audited;
import reactor.core.publisher.Mono;

/** Which enterprise operates in which link, and who supplies whom. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Relations", description = "Enterprises operating in links (OPERATES_IN) and supplying each other (SUPPLIES)")
final class RelationController {

	private final RelationRepository relations;

	private final Validator validator;

	private final Ownership ownership;

	RelationController(RelationRepository relations, Validator validator, Ownership ownership) {
		this.relations = relations;
		this.validator = validator;
		this.ownership = ownership;
	}

	/** The optional body of an OPERATES_IN write. */
	@Schema(name = "OperatesShare", description = "The enterprise's market share in the link; empty body or null when unknown")
	record Share(@Schema(description = "Market share in the link, 0..1", example = "0.3") Double share) {
	}

	@PutMapping("/enterprises/{id}/operates/{linkId}")
	@Operation(operationId = "putOperates", summary = "Set that an enterprise operates in a link",
			description = "Creates the OPERATES_IN relation, or replaces its share (an empty body or a null share leaves "
					+ "no share). 201 when created, 200 when updated; 404 when the enterprise or the link is unknown; "
					+ "400 naming `share` outside 0..1.")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperatesRecord.class)))
	@ApiResponse(responseCode = "200", description = "Updated",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = OperatesRecord.class)))
	Mono<ResponseEntity<OperatesRecord>> operate(
			@Parameter(description = "Enterprise id", example = "E-semi-zxjy") @PathVariable String id,
			@Parameter(description = "Link id", example = "semi.wafer") @PathVariable String linkId,
			@RequestBody(required = false) Share body) {
		OperatesRecord operates = new OperatesRecord(id, linkId, body == null ? null : body.share());
		List<FieldError> errors = validator.validate(operates)
			.stream()
			.map(v -> new FieldError(v.getPropertyPath().toString(), v.getMessage()))
			.sorted(java.util.Comparator.comparing(FieldError::field))
			.toList();
		if (!errors.isEmpty()) {
			return Mono.error(ApiProblem.invalid(errors));
		}
		return relations.operate(operates)
			.map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(operates));
	}

	@DeleteMapping("/enterprises/{id}/operates/{linkId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteOperates", summary = "Remove that an enterprise operates in a link",
			description = "404 when the enterprise, the link or the relation is unknown.")
	@ApiResponse(responseCode = "204", description = "Removed")
	Mono<Void> stopOperating(@Parameter(description = "Enterprise id", example = "E-semi-zxjy") @PathVariable String id,
			@Parameter(description = "Link id", example = "semi.wafer") @PathVariable String linkId) {
		return relations.stopOperating(id, linkId);
	}

	@PostMapping("/supplies")
	@Operation(operationId = "createSupplies", summary = "Add a supply relation",
			description = "`supplier` sells the product of `link` to `buyer`. Idempotent: 201 when created, 200 when it "
					+ "existed. 400 naming `supplier`, `buyer` or `link` when unknown, and `buyer` when it is the supplier.")
	@ApiResponse(responseCode = "201", description = "Created",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SuppliesRecord.class)))
	@ApiResponse(responseCode = "200", description = "The relation existed already",
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = SuppliesRecord.class)))
	Mono<ResponseEntity<SuppliesRecord>> supply(@Valid @RequestBody SuppliesRecord supplies) {
		var violation = Records.crossFieldViolation(supplies);
		if (violation.isPresent()) {
			return Mono.error(ApiProblem.invalid(violation.get().field(), violation.get().reason()));
		}
		return ownership.mayRelate(java.util.List.of("link"), java.util.List.of(supplies.link()))
			.then(relations.supply(supplies))
			.map(created -> ResponseEntity.status(created ? HttpStatus.CREATED : HttpStatus.OK).body(supplies))
			.contextWrite(Audited.target("supplies", java.util.Map.of("supplier", supplies.supplier(), "buyer",
					supplies.buyer(), "link", supplies.link())));
	}

	@DeleteMapping("/supplies")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteSupplies", summary = "Remove a supply relation",
			description = "404 when there is no such relation.")
	@ApiResponse(responseCode = "204", description = "Removed")
	@ApiResponse(responseCode = "404", description = "No such relation",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<Void> stopSupplying(@Parameter(description = "Supplier enterprise id", example = "E-semi-zfkj") @RequestParam String supplier,
			@Parameter(description = "Buyer enterprise id", example = "E-semi-zxjy") @RequestParam String buyer,
			@Parameter(description = "Link id of the traded product", example = "semi.gas") @RequestParam String link) {
		return relations.stopSupplying(supplier, buyer, link)
			.flatMap(deleted -> deleted ? Mono.<Void>empty()
					: Mono.error(ApiProblem.notFound("SUPPLIES relation", supplier + " → " + buyer + " (" + link + ")", "supplier")));
	}
}
