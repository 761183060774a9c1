package org.chainchief.plan;

import org.chainchief.model.Records.TeamRecord;
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

/** The teams of a cluster (顶尖团队): list, read, create, replace, delete. */
@RestController
@RequestMapping("/api/v1/clusters/{id}/teams")
@Tag(name = "Plans", description = "A cluster's targets (目标明), measures (措施实), backbone projects (骨干项目) and top teams (顶尖团队)")
final class TeamController {

	private final PlanItems items;

	private final Plans plans;

	private final Bodies bodies;

	TeamController(PlanItems items, Plans plans, Bodies bodies) {
		this.items = items;
		this.plans = plans;
		this.bodies = bodies;
	}

	@GetMapping
	@Operation(operationId = "listTeams", summary = "List the cluster's teams", description = "Each team with the links it serves (双链融合). Ordered by id; 404 for an unknown cluster.")
	Flux<TeamView> list(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return plans.teams(id);
	}

	@GetMapping("/{itemId}")
	@Operation(operationId = "getTeam", summary = "Get one team of the cluster", description = "Each team with the links it serves (双链融合). 404 naming `id` for an unknown cluster, `itemId` for an unknown team of the cluster.")
	Mono<TeamView> get(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The team's id") @PathVariable String itemId) {
		return items.get(ItemKind.TEAM, id, itemId).flatMap(this::view);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createTeam", summary = "Create a team in the cluster",
			description = "The body's `cluster` may be left out (it is the path's; another is a 400). Validated like the import's "
					+ "team records (400 naming the field); 404 for an unknown cluster; 409 when the id exists; 400 naming an "
					+ "unknown reference. One transaction.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the team as read",
			headers = @Header(name = "Location", description = "URL of the new team", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = TeamView.class)))
	@ApiResponse(responseCode = "409", description = "A team with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<TeamView>> create(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@RequestBody TeamRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> items.create(ItemKind.TEAM, id, record.id(), record))
			.flatMap(this::view)
			.map(view -> ResponseEntity.created(Locations.of(id, "teams", view.id())).body(view));
	}

	@PutMapping("/{itemId}")
	@Operation(operationId = "replaceTeam", summary = "Replace a team of the cluster",
			description = "Replaces its fields and references (absent fields are removed). The body's id must equal the path's "
					+ "`itemId`; 404 when the cluster has no such team.")
	Mono<TeamView> replace(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The team's id") @PathVariable String itemId, @RequestBody TeamRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> itemId.equals(record.id()) ? items.replace(ItemKind.TEAM, id, itemId, record)
					: Mono.error(ApiProblem.idMismatch(itemId)))
			.flatMap(this::view);
	}

	@DeleteMapping("/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteTeam", summary = "Delete a team of the cluster", description = "Deletes it with its relationships; 404 when the cluster has no such team.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The team's id") @PathVariable String itemId) {
		return items.delete(ItemKind.TEAM, id, itemId);
	}

	private Mono<TeamView> view(PlanItems.Item item) {
		return Mono.just(Plans.team(item));
	}
}
