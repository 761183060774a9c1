package org.chainchief.plan;

import org.chainchief.model.Records.ProjectRecord;
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

/** The projects of a cluster (骨干项目): list, read, create, replace, delete. */
@RestController
@RequestMapping("/api/v1/clusters/{id}/projects")
@Tag(name = "Plans", description = "A cluster's targets (目标明), measures (措施实), backbone projects (骨干项目) and top teams (顶尖团队)")
final class ProjectController {

	private final PlanItems items;

	private final Plans plans;

	private final Bodies bodies;

	ProjectController(PlanItems items, Plans plans, Bodies bodies) {
		this.items = items;
		this.plans = plans;
		this.bodies = bodies;
	}

	@GetMapping
	@Operation(operationId = "listProjects", summary = "List the cluster's projects", description = "Each project with its lifecycle stage, the lags between its stages and its overdue stages. Ordered by id; 404 for an unknown cluster.")
	Flux<ProjectView> list(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return plans.projects(id);
	}

	@GetMapping("/pipeline")
	@Operation(operationId = "getProjectPipeline", summary = "The cluster's project pipeline",
			description = "Every project by lifecycle stage (NOT_SIGNED, SIGNED, LANDED, PRODUCING, ABOVE_SCALE: the last "
					+ "milestone actually reached), the lags in days between consecutive actual milestones (count, mean, "
					+ "median), the projects with an overdue stage (a planned date before today without its actual date), "
					+ "and the year's counts per milestone: planned in the year, actual in the year, planned and reached "
					+ "(当年签约、落地、投产、上规). `year` defaults to this year. (A project with the id `pipeline` is read "
					+ "through the list.)")
	Mono<Pipeline> pipeline(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "Year of the counts, 1900..2200; this year when absent", example = "2026") @org.springframework.web.bind.annotation.RequestParam(required = false) Integer year) {
		return plans.pipeline(id, year == null ? plans.today().getYear() : year);
	}

	@GetMapping("/{itemId}")
	@Operation(operationId = "getProject", summary = "Get one project of the cluster", description = "Each project with its lifecycle stage, the lags between its stages and its overdue stages. 404 naming `id` for an unknown cluster, `itemId` for an unknown project of the cluster.")
	Mono<ProjectView> get(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The project's id") @PathVariable String itemId) {
		return items.get(ItemKind.PROJECT, id, itemId).flatMap(this::view);
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createProject", summary = "Create a project in the cluster",
			description = "The body's `cluster` may be left out (it is the path's; another is a 400). Validated like the import's "
					+ "project records (400 naming the field); 404 for an unknown cluster; 409 when the id exists; 400 naming an "
					+ "unknown reference. One transaction.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the project as read",
			headers = @Header(name = "Location", description = "URL of the new project", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ProjectView.class)))
	@ApiResponse(responseCode = "409", description = "A project with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<ProjectView>> create(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@RequestBody ProjectRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> items.create(ItemKind.PROJECT, id, record.id(), record))
			.flatMap(this::view)
			.map(view -> ResponseEntity.created(Locations.of(id, "projects", view.id())).body(view));
	}

	@PutMapping("/{itemId}")
	@Operation(operationId = "replaceProject", summary = "Replace a project of the cluster",
			description = "Replaces its fields and references (absent fields are removed). The body's id must equal the path's "
					+ "`itemId`; 404 when the cluster has no such project.")
	Mono<ProjectView> replace(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The project's id") @PathVariable String itemId, @RequestBody ProjectRecord body) {
		return Mono.fromSupplier(() -> bodies.check(body == null || body.cluster() != null ? body : body.inCluster(id),
				body == null ? null : body.cluster(), id))
			.flatMap(record -> itemId.equals(record.id()) ? items.replace(ItemKind.PROJECT, id, itemId, record)
					: Mono.error(ApiProblem.idMismatch(itemId)))
			.flatMap(this::view);
	}

	@DeleteMapping("/{itemId}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteProject", summary = "Delete a project of the cluster", description = "Deletes it with its relationships; 404 when the cluster has no such project.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Parameter(description = "The project's id") @PathVariable String itemId) {
		return items.delete(ItemKind.PROJECT, id, itemId);
	}

	private Mono<ProjectView> view(PlanItems.Item item) {
		return Mono.just(plans.project(item));
	}
}
