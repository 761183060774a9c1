package org.chainchief.plan;

import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.support.ApiProblem;
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
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The measures of a cluster (措施实): list, read, create, replace, delete. */
@RestController
@RequestMapping("/api/v1/clusters/{id}/measures")
@Tag(name = "Plans", description = "A cluster's targets (目标明), measures (措施实), backbone projects (骨干项目) and top teams (顶尖团队)")
final class MeasureController {

	private final PlanItems items;

	private final Plans plans;

	private final Bodies bodies;

	MeasureController(PlanItems items, Plans plans, Bodies bodies) {
		this.items = items;
		this.plans = plans;
		this.bodies = bodies;
	}

	@GetMapping
	@Operation(operationId = "listMeasures", summary = "List the cluster's measures", description = "Each measure with its links and targets and whether it is overdue (due date before today, status not DONE). Ordered by id; 404 for an unknown cluster.")
	Flux<MeasureView> list(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return plans.measures(id);
	}

	@GetMapping("/{itemId}")
	@Operation(operationId = "getMeasure", summary = "Get one measure of the cluster", description = "Each measure with its links and targets and whether it is overdue (due date before today, status not DONE). 404 naming `id` for an unknown cluster, `itemId` for an unknown measure of the cluster.")
	Mono<MeasureView> get(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The measure's id") @PathVariable String itemId) {
		return items.get(ItemKind.MEASURE, id, itemId).flatMap(this::view);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createMeasure", summary = "Create a measure in the cluster",
			description = "The body's `cluster` may be left out (it is the path's; another is a 400). Validated like the import's "
					+ "measure records (400 naming the field); 404 for an unknown cluster; 409 when the id exists; 400 naming an "
					+ "unknown reference. One transaction.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the measure as read",
			headers = @Header(name = "Location", description = "URL of the new measure", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = MeasureView.class)))
	@ApiResponse(responseCode = "409", description = "A measure with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<MeasureView>> create(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@RequestBody MeasureRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> items.create(ItemKind.MEASURE, id, record.id(), record))
			.flatMap(this::view)
			.map(view -> ResponseEntity.created(Locations.of(id, "measures", view.id())).body(view));
	}

	@PutMapping("/{itemId}")
	@Operation(operationId = "replaceMeasure", summary = "Replace a measure of the cluster",
			description = "Replaces its fields and references (absent fields are removed). The body's id must equal the path's "
					+ "`itemId`; 404 when the cluster has no such measure.")
	Mono<MeasureView> replace(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The measure's id") @PathVariable String itemId, @RequestBody MeasureRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> itemId.equals(record.id()) ? items.replace(ItemKind.MEASURE, id, itemId, record)
					: Mono.error(ApiProblem.idMismatch(itemId)))
			.flatMap(this::view);
	}

	@DeleteMapping("/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteMeasure", summary = "Delete a measure of the cluster", description = "Deletes it with its relationships; 404 when the cluster has no such measure.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The measure's id") @PathVariable String itemId) {
		return items.delete(ItemKind.MEASURE, id, itemId);
	}

	private Mono<MeasureView> view(PlanItems.Item item) {
		return Mono.just(plans.measure(item));
	}
}
