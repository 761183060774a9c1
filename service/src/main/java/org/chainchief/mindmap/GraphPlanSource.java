package org.chainchief.mindmap;

import java.time.LocalDate;
import java.util.Map;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;

/**
 * The plan as the graph holds it today: targets without a current value, measures without status, projects with
 * their recorded dates.
 */
@Component
final class GraphPlanSource implements PlanSource {

	private final Graph graph;

	private final Query query;

	GraphPlanSource(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.query = cypher.get("mindmap/plan");
	}

	@Override
	public Mono<Plan> plan(String clusterId) {
		return graph.read(query, Map.of("id", clusterId), r -> new Plan(
				r.get("targets").asList(v -> target(v.asMap())), r.get("measures").asList(v -> measure(v.asMap())),
				r.get("projects").asList(v -> project(v.asMap())), r.get("teams").asList(v -> team(v.asMap()))))
			.singleOrEmpty()
			.defaultIfEmpty(new Plan(java.util.List.of(), java.util.List.of(), java.util.List.of(), java.util.List.of()));
	}

	private static Plan.Target target(Map<String, Object> m) {
		Number year = (Number) m.get("year");
		return new Plan.Target(text(m, "id"), text(m, "name"), text(m, "metric"), number(m, "value"), text(m, "unit"),
				year == null ? null : year.intValue(), text(m, "description"), null, null);
	}

	private static Plan.Measure measure(Map<String, Object> m) {
		return new Plan.Measure(text(m, "id"), text(m, "name"), text(m, "description"), null, null, null, null);
	}

	private static Plan.Project project(Map<String, Object> m) {
		Map<?, ?> link = (Map<?, ?>) m.get("link");
		Map<?, ?> enterprise = (Map<?, ?>) m.get("enterprise");
		return new Plan.Project(text(m, "id"), text(m, "name"), number(m, "investment"), date(m, "signed"),
				date(m, "landed"), date(m, "producing"), date(m, "aboveScale"), link == null ? null : (String) link.get("id"),
				link == null ? null : (String) link.get("name"), enterprise == null ? null : (String) enterprise.get("id"),
				enterprise == null ? null : (String) enterprise.get("name"));
	}

	private static Plan.Team team(Map<String, Object> m) {
		Map<?, ?> link = (Map<?, ?>) m.get("link");
		return new Plan.Team(text(m, "id"), text(m, "name"), text(m, "leader"), text(m, "institution"),
				link == null ? null : (String) link.get("id"), link == null ? null : (String) link.get("name"));
	}

	private static String text(Map<String, Object> m, String key) {
		Object v = m.get(key);
		return v == null ? null : v.toString();
	}

	private static Double number(Map<String, Object> m, String key) {
		Object v = m.get(key);
		return v instanceof Number n ? n.doubleValue() : null;
	}

	private static LocalDate date(Map<String, Object> m, String key) {
		Object v = m.get(key);
		if (v instanceof LocalDate d) {
			return d;
		}
		return v == null ? null : LocalDate.parse(v.toString());
	}
}
