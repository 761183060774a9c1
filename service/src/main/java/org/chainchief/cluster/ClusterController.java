package org.chainchief.cluster;

import org.chainchief.support.ApiProblem;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

@RestController
@RequestMapping("/api/v1/clusters")
@Tag(name = "Clusters", description = "Industry clusters (产业集群) and their chains")
final class ClusterController {

	private final ClusterRepository clusters;

	ClusterController(ClusterRepository clusters) {
		this.clusters = clusters;
	}

	@GetMapping
	@Operation(operationId = "listClusters", summary = "List clusters", description = "Every industry cluster with its number of links and local enterprises.")
	Flux<Cluster> list() {
		return clusters.findAll();
	}

	@GetMapping("/{id}")
	@Operation(operationId = "getCluster", summary = "Get a cluster")
	Mono<Cluster> get(@Parameter(description = "Cluster id", example = "semiconductor") @PathVariable String id) {
		return clusters.findById(id).switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", id)));
	}
}
