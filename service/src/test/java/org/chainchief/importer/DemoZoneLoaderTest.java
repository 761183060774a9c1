package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DemoZoneLoaderTest extends IntegrationTest {

	@Autowired
	DemoZoneLoader loader;

	@Test
	void loadsTheFiveClustersOfTheDemoZoneWithoutARejectedLine() {
		ImportReport report = loader.loadIntoEmptyGraph();

		assertThat(report).isNotNull();
		assertThat(report.rejected()).isEmpty();
		var clusters = cypher("MATCH (c:Cluster) RETURN c.id AS id, COUNT { (c)-[:HAS_LINK]->() } AS links ORDER BY id");
		assertThat(clusters).hasSize(5);
		assertThat(clusters).allSatisfy(c -> assertThat(c.get("links").asInt()).isBetween(12, 30));
		assertThat(cypher("MATCH (e:Enterprise {local: true}) WHERE e.name IN ['中欣晶圆', '旺荣半导体', '广芯微', "
				+ "'威固电子', '志晟新材料', '正帆科技'] RETURN count(e) AS n").get(0).get("n").asInt()).isEqualTo(6);
		assertThat(cypher("MATCH (e:Enterprise) WHERE NOT e.description CONTAINS '示意' RETURN e.name AS name"))
			.as("every invented enterprise, and every invented figure of a real one, is marked illustrative (示意)")
			.isEmpty();
	}

	@Test
	void loadsOnlyIntoAnEmptyGraph() {
		loader.loadIntoEmptyGraph();
		cypher("MATCH (c:Cluster {id: 'semiconductor'}) SET c.name = '改过的名字'");

		assertThat(loader.loadIntoEmptyGraph()).isNull();
		assertThat(cypher("MATCH (c:Cluster {id: 'semiconductor'}) RETURN c.name AS n").get(0).get("n").asString())
			.isEqualTo("改过的名字");
	}

	@Test
	void aLoadTheDatabaseInterruptedIsFinishedOnTheNextAttempt() throws java.io.IOException {
		// what an interrupted load leaves: the marker of a load begun, and the first part of the demo zone
		List<String> lines;
		try (var in = getClass().getResourceAsStream("/" + DemoZoneLoader.DEMO)) {
			lines = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().toList();
		}
		cypher("MERGE (m:__DemoZone) SET m.complete = false");
		web.post().uri("/api/v1/import").contentType(org.springframework.http.MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(String.join("\n", lines.subList(0, lines.size() / 2))).exchange().expectStatus().isOk();
		long partial = cypher("MATCH (n:Enterprise) RETURN count(n) AS n").get(0).get("n").asLong();
		assertThat(cypher("MATCH (c:Cluster) RETURN count(c) AS n").get(0).get("n").asInt())
			.as("the graph already holds clusters, which alone would read as the user's own data").isEqualTo(5);

		ImportReport report = loader.loadIntoEmptyGraph();

		assertThat(report).isNotNull();
		assertThat(report.rejected()).isEmpty();
		assertThat(cypher("MATCH (c:Cluster) RETURN count(c) AS n").get(0).get("n").asInt()).isEqualTo(5);
		assertThat(cypher("MATCH (n:Enterprise) RETURN count(n) AS n").get(0).get("n").asLong()).isGreaterThan(partial)
			.isEqualTo(lines.stream().filter(l -> l.contains("\"kind\":\"enterprise\"")).count());
		assertThat(loader.loadIntoEmptyGraph()).as("a completed load is not run again").isNull();
	}
}
