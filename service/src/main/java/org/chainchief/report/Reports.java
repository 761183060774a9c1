package org.chainchief.report;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.chainchief.gap.GapReports;
import org.chainchief.plan.Plans;
import org.chainchief.plan.TargetView;
import org.chainchief.recruit.ClusterRecruits;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Service;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * The lists of a cluster and of the zone as CSV files and Excel workbooks. The figures come from the features
 * that own them (gap report, recruitment list, plans); this class only lays them out. Rendering runs on
 * bounded-elastic threads.
 */
@Service
final class Reports {

	/** A rendered download: the bytes and the file name (Chinese). */
	record Download(byte[] bytes, String fileName, String asciiName) {
	}

	private final GapReports gaps;

	private final ClusterRecruits recruits;

	private final Plans plans;

	private final Graph graph;

	private final Query clusters;

	private final Query enterprises;

	Reports(GapReports gaps, ClusterRecruits recruits, Plans plans, Graph graph, CypherCatalog cypher) {
		this.gaps = gaps;
		this.recruits = recruits;
		this.plans = plans;
		this.graph = graph;
		this.clusters = cypher.get("report/clusters");
		this.enterprises = cypher.get("report/enterprises");
	}

	Mono<Download> csv(String clusterId, ClusterList list) {
		return clusterName(clusterId).flatMap(name -> table(clusterId, list)
			.publishOn(Schedulers.boundedElastic())
			.map(table -> new Download(CsvFiles.write(table), Downloads.fileName(name + "-" + list.chinese, "csv"),
					Downloads.asciiName(clusterId + "-" + list.path(), "csv"))));
	}

	/** The cluster's workbook: 底数, then every list. */
	Mono<Download> clusterWorkbook(String clusterId) {
		return clusterName(clusterId).flatMap(name -> Flux.concat(baselineTable(clusterId, "底数"),
				Flux.fromArray(ClusterList.values()).concatMap(list -> table(clusterId, list)))
			.collectList()
			.publishOn(Schedulers.boundedElastic())
			.map(tables -> new Download(Workbooks.write(tables), Downloads.fileName(name + "-清单", "xlsx"),
					Downloads.asciiName(clusterId + "-report", "xlsx"))));
	}

	/** The zone's workbook: every cluster's baseline on one sheet, then a gap sheet per cluster. */
	Mono<Download> zoneWorkbook() {
		return graph.read(clusters, nullId(), r -> Map.entry(r.get("id").asString(), r.get("name").asString(r.get("id").asString())))
			.collectList()
			.flatMap(all -> Flux.fromIterable(all)
				.concatMap(c -> Mono.zip(plans.baseline(c.getKey()), plans.targets(c.getKey()).collectList(),
						gaps.report(c.getKey())))
				.collectList()
				.publishOn(Schedulers.boundedElastic())
				.map(results -> {
					Map<String, long[]> met = new HashMap<>();
					List<Table> tables = new ArrayList<>();
					for (var r : results) {
						met.put(r.getT1().clusterId(), targetsMet(r.getT2()));
					}
					tables.add(ListTables.baselines("各集群底数", results.stream().map(r -> r.getT1()).toList(), met));
					for (var r : results) {
						String name = r.getT1().name() == null ? r.getT1().clusterId() : r.getT1().name();
						tables.add(ListTables.gaps(name + "-缺口", r.getT3()));
					}
					return new Download(Workbooks.write(tables), Downloads.fileName("开发区产业集群清单", "xlsx"),
							Downloads.asciiName("zone-report", "xlsx"));
				}));
	}

	private Mono<Table> table(String clusterId, ClusterList list) {
		return switch (list) {
			case GAPS -> gaps.report(clusterId).map(g -> ListTables.gaps("缺口清单", g));
			case RECRUITS -> recruits.list(clusterId, ClusterRecruits.MAX_LIMIT).map(ListTables::recruits);
			case PROJECTS -> plans.projects(clusterId).collectList().map(ListTables::projects);
			case TEAMS -> plans.teams(clusterId).collectList().map(ListTables::teams);
			case TARGETS -> plans.targets(clusterId).collectList().map(ListTables::targets);
			case MEASURES -> plans.measures(clusterId).collectList().map(ListTables::measures);
			case ENTERPRISES -> graph
				.read(enterprises, Map.of("id", clusterId), r -> r.get("enterprises").asList(v -> v.asMap()))
				.singleOrEmpty()
				.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)))
				.map(ListTables::enterprises);
		};
	}

	private Mono<Table> baselineTable(String clusterId, String sheet) {
		return Mono.zip(plans.baseline(clusterId), plans.targets(clusterId).collectList())
			.map(t -> ListTables.baselines(sheet, List.of(t.getT1()), Map.of(clusterId, targetsMet(t.getT2()))));
	}

	private Mono<String> clusterName(String clusterId) {
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("id", clusterId);
		return graph.read(clusters, params, r -> r.get("name").asString(clusterId))
			.singleOrEmpty()
			.switchIfEmpty(Mono.error(() -> ApiProblem.notFound("cluster", clusterId)));
	}

	private static Map<String, Object> nullId() {
		Map<String, Object> params = new HashMap<>();
		params.put("id", null);
		return params;
	}

	/** {targets, achieved}. */
	private static long[] targetsMet(List<TargetView> targets) {
		return new long[] { targets.size(),
				targets.stream().filter(t -> Boolean.TRUE.equals(t.progress().achieved())).count() };
	}
}
