package org.chainchief.plan;

import org.chainchief.model.Records.TargetRecord;
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

/** The targets of a cluster (目标明): list, read, create, replace, delete. */
@RestController
@RequestMapping("/api/v1/clusters/{id}/targets")
@Tag(name = "Plans", description = "A cluster's targets (目标明), measures (措施实), backbone projects (骨干项目) and top teams (顶尖团队)")
final class TargetController {

	private final PlanItems items;

	private final Plans plans;

	private final Bodies bodies;

	TargetController(PlanItems items, Plans plans, Bodies bodies) {
		this.items = items;
		this.plans = plans;
		this.bodies = bodies;
	}

	@GetMapping
	@Operation(operationId = "listTargets", summary = "List the cluster's targets", description = "Each target with its current value (computed now for a live metric, else as recorded) and its progress. Ordered by id; 404 for an unknown cluster.")
	Flux<TargetView> list(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return plans.targets(id);
	}

	@GetMapping("/{itemId}")
	@Operation(operationId = "getTarget", summary = "Get one target of the cluster", description = "Each target with its current value (computed now for a live metric, else as recorded) and its progress. 404 naming `id` for an unknown cluster, `itemId` for an unknown target of the cluster.")
	Mono<TargetView> get(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The target's id") @PathVariable String itemId) {
		return items.get(ItemKind.TARGET, id, itemId).flatMap(this::view);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createTarget", summary = "Create a target in the cluster",
			description = "The body's `cluster` may be left out (it is the path's; another is a 400). Validated like the import's "
					+ "target records (400 naming the field); 404 for an unknown cluster; 409 when the id exists; 400 naming an "
					+ "unknown reference. One transaction.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the target as read",
			headers = @Header(name = "Location", description = "URL of the new target", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TargetView.class)))
	@ApiResponse(responseCode = "409", description = "A target with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<TargetView>> create(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@RequestBody TargetRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> items.create(ItemKind.TARGET, id, record.id(), record))
			.flatMap(this::view)
			.map(view -> ResponseEntity.created(Locations.of(id, "targets", view.id())).body(view));
	}

	@PutMapping("/{itemId}")
	@Operation(operationId = "replaceTarget", summary = "Replace a target of the cluster",
			description = "Replaces its fields and references (absent fields are removed). The body's id must equal the path's "
					+ "`itemId`; 404 when the cluster has no such target.")
	Mono<TargetView> replace(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The target's id") @PathVariable String itemId, @RequestBody TargetRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> itemId.equals(record.id()) ? items.replace(ItemKind.TARGET, id, itemId, record)
					: Mono.error(ApiProblem.idMismatch(itemId)))
			.flatMap(this::view);
	}

	@DeleteMapping("/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteTarget", summary = "Delete a target of the cluster", description = "Deletes it with its relationships; 404 when the cluster has no such target.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The target's id") @PathVariable String itemId) {
		return items.delete(ItemKind.TARGET, id, itemId);
	}

	private Mono<TargetView> view(PlanItems.Item item) {
		return plans.targetViews(item.record() instanceof TargetRecord t ? t.cluster() : null, java.util.List.of(item)).single();
	}
}
