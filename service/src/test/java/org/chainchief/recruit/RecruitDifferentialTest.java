package org.chainchief.recruit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.chainchief.IntegrationTest;
import org.chainchief.bench.NationalGraph;
import org.chainchief.support.CypherCatalog;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

/**
 * The recruit statements return only the candidates that can rank among the first {@code limit}; ranked by the
 * service, they must give exactly the answer of ranking every candidate the plain statements of before
 * (bench/oracle/recruit) return: same enterprises, order, scores and factors. On generated graphs (seeded; ties are
 * common: many candidates without revenue, share or customers), for every link of every cluster, with the default
 * weights, with weights that make the share or the region decide, and with small and large limits.
 */
class RecruitDifferentialTest extends IntegrationTest {

	@Autowired
	RecruitRepository repository;

	@ParameterizedTest
	@ValueSource(longs = { 4, 5 })
	void boundedCandidatesRankAsAllCandidates(long seed) throws IOException {
		NationalGraph g = new NationalGraph(seed, 2, 30, 300, 6, 0.965, 1.0);
		Path file = Files.createTempFile("recruit-differential-", ".ndjson");
		g.writeNdjson(file);
		web.post().uri("/api/v1/import").contentType(MediaType.parseMediaType("application/x-ndjson"))
			.bodyValue(Files.readAllBytes(file)).exchange().expectStatus().isOk();
		Files.delete(file);
		List<RecruitParameters> variants = List.of(new RecruitParameters(3, 2, 4, 3, 2, 1, List.of(), 20),
				new RecruitParameters(3, 2, 4, 3, 2, 1, List.of(), 1),
				new RecruitParameters(0, 0, 1000, 0, 0, 0, List.of(), 5),
				new RecruitParameters(0, 0, 0, 0, 10, 0, List.of("上海", "江苏省"), 3),
				new RecruitParameters(1, 1, 1, 1, 1, 1, List.of("广东"), 200));
		String oracleLink = oracle("recruit/link");
		String oracleCluster = oracle("recruit/cluster");
		for (Map<String, Object> c : g.clusters) {
			String clusterId = (String) c.get("id");
			for (RecruitParameters p : variants) {
				for (int weakBelow : new int[] { 2, 5 }) {
					List<ClusterRecruit> expected = cypher(oracleCluster, Map.of("id", clusterId, "weakBelow", weakBelow))
						.get(0).get("candidates").asList(v -> Candidate.from(v.asMap())).stream()
						.map(x -> ClusterRecruit.of(x, weakBelow, p)).sorted(ClusterRecruit.ORDER).limit(p.limit()).toList();
					List<ClusterRecruit> actual = repository.forCluster(clusterId, weakBelow, p).block().stream()
						.map(x -> ClusterRecruit.of(x, weakBelow, p)).sorted(ClusterRecruit.ORDER).limit(p.limit()).toList();
					assertThat(actual).as("cluster %s, %s, weakBelow %d", clusterId, p, weakBelow).isEqualTo(expected);
				}
			}
			for (Map<String, Object> l : g.links) {
				if (!((List<?>) l.get("clusters")).contains(clusterId)) {
					continue;
				}
				String linkId = (String) l.get("id");
				for (RecruitParameters p : variants) {
					List<Recruit> expected = cypher(oracleLink, Map.of("id", clusterId, "linkId", linkId))
						.get(0).get("candidates").asList(v -> Candidate.from(v.asMap())).stream()
						.map(x -> Recruit.of(x, p)).sorted(RecruitController.ORDER).limit(p.limit()).toList();
					List<Recruit> actual = repository.forLink(clusterId, linkId, p).block().stream()
						.map(x -> Recruit.of(x, p)).sorted(RecruitController.ORDER).limit(p.limit()).toList();
					assertThat(actual).as("link %s, %s", linkId, p).isEqualTo(expected);
				}
			}
		}
	}

	private static String oracle(String name) {
		Path root = Path.of(System.getProperty("chain-chief.repo-root", ".."));
		try {
			return CypherCatalog.stripComments(Files.readString(root.resolve("bench/oracle/" + name + ".cypher")));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}
}
