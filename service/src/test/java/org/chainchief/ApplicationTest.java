package org.chainchief;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainchief.support.CypherCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

class ApplicationTest extends IntegrationTest {

	@Autowired
	CypherCatalog catalog;

	@Test
	void migrationsCreateConstraintsAndTheChineseNameIndex() {
		var constraints = cypher("SHOW CONSTRAINTS YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] AS label")
			.stream()
			.map(r -> r.get("label").asString())
			.toList();
		assertThat(constraints).contains("Cluster", "Link", "Enterprise", "Project", "Team", "Target", "Measure");
		var analyzer = cypher("SHOW FULLTEXT INDEXES YIELD name, options WHERE name = 'enterprise_name_search' "
				+ "RETURN options.indexConfig['fulltext.analyzer'] AS analyzer");
		assertThat(analyzer).singleElement().extracting(r -> r.get("analyzer").asString()).isEqualTo("cjk");
		assertThat(cypher("MATCH (m:__Migration) RETURN m.version AS v")).isNotEmpty();
	}

	@Test
	void cypherCatalogLoadsTheQueryFiles() {
		assertThat(catalog.size()).isGreaterThan(1);
		assertThat(catalog.get("cluster/list").text()).contains("MATCH (c:Cluster)");
	}

	@Test
	void swaggerUiIsServed() {
		String location = web.get().uri("/swagger-ui.html").exchange().expectStatus().is3xxRedirection()
			.returnResult(Void.class).getResponseHeaders().getLocation().toString();
		web.get().uri(location).exchange().expectStatus().isOk().expectBody(String.class)
			.value(html -> assertThat(html).contains("swagger-ui"));
	}

	@Test
	void unknownRouteIsAProblem() {
		web.get()
			.uri("/api/v1/no-such-thing")
			.exchange()
			.expectStatus()
			.isNotFound()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)
			.expectBody()
			.jsonPath("$.type")
			.isEqualTo("/problems/not-found")
			.jsonPath("$.status")
			.isEqualTo(404);
	}
}
