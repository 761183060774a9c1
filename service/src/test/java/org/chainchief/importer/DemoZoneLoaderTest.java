package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

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
}
