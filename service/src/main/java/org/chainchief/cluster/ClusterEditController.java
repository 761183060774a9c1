package org.chainchief.cluster;

import org.chainchief.access.Ownership;
import org.chainchief.audit.Audited;
import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.Responses;
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
import reactor.core.publisher.Mono;

/** Creating, replacing and deleting clusters, and the chain view of one cluster. */
@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "Clusters", description = "Industry clusters (产业集群) and their chains")
final class ClusterEditController {

	private final ClusterEditRepository clusters;

	private final Ownership ownership;

	ClusterEditController(ClusterEditRepository clusters, Ownership ownership) {
		this.clusters = clusters;
		this.ownership = ownership;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createCluster", summary = "Create a cluster",
			description = "Creates an industry cluster. Answers 201 with the stored record and its Location; 409 when the id exists.")
	@ApiResponse(responseCode = "201", description = "Created; the body is the stored record",
			headers = @Header(name = "Location", description = "URL of the new cluster", schema = @Schema(type = "string")),
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClusterRecord.class)))
	@ApiResponse(responseCode = "409", description = "A cluster with this id exists",
			content = @Content(mediaType = "application/problem+json", schema = @Schema(ref = "#/components/schemas/ProblemDetail")))
	Mono<ResponseEntity<ClusterRecord>> create(@Valid @RequestBody ClusterRecord cluster) {
		return clusters.create(cluster)
			.map(created -> Responses.created("/api/v1/clusters/{id}", created.id(), created))
			.contextWrite(Audited.target("cluster", java.util.Map.of("id", cluster.id())));
	}

	@PutMapping("/{id}")
	@Operation(operationId = "replaceCluster", summary = "Replace a cluster's fields",
			description = "Replaces name, nameEn, chief and description (absent fields are removed); its links, targets, "
					+ "measures, teams and projects are untouched. The body's id must equal the path id.")
	Mono<ClusterRecord> replace(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id,
			@Valid @RequestBody ClusterRecord cluster) {
		if (!id.equals(cluster.id())) {
			return Mono.error(ApiProblem.idMismatch(id));
		}
		return ownership.mayReplaceCluster(cluster)
			.then(clusters.update(cluster))
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)));
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteCluster", summary = "Delete a cluster",
			description = "Deletes the cluster in one transaction with what belongs to it alone: its targets and measures, "
					+ "its teams and projects (a team or project also in another cluster only loses its relationship to "
					+ "this one), and the links that belong to no other cluster, with all their relationships (feeds, "
					+ "sub-link, operates, supplies naming the link). Links shared with another cluster stay; only their "
					+ "membership in this cluster goes. Enterprises are entities of the zone and are never deleted.")
	@ApiResponse(responseCode = "204", description = "Deleted")
	Mono<Void> delete(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return clusters.delete(id)
			.flatMap(deleted -> deleted ? Mono.<Void>empty() : Mono.error(ApiProblem.notFound("cluster", id)));
	}

	@GetMapping("/{id}/chain")
	@Operation(operationId = "getClusterChain", summary = "Get a cluster's chain for drawing",
			description = "The cluster's links ordered by stage (UPSTREAM, MIDSTREAM, DOWNSTREAM) then by name in pinyin "
					+ "order, each with its parent link and coverage (local enterprises, all enterprises), and the FEEDS "
					+ "edges between two links of this cluster (edges to links of other clusters are left out).")
	Mono<ChainView> chain(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return clusters.chain(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)));
	}
}
