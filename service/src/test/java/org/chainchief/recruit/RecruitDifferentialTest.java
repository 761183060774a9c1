package org.chainchief.recruit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
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
 * weights, with weights that make the share or the region decide, and with small and large limits; again after
 * edits through REST and a second import, so the links' read models (RecruitModels) must follow every write.
 */
class RecruitDifferentialTest extends IntegrationTest {

	@Autowired
	RecruitRepository repository;

	@Autowired
	RecruitModels models;

	private static final List<RecruitParameters> VARIANTS = List.of(new RecruitParameters(3, 2, 4, 3, 2, 1, List.of(), 20),
			new RecruitParameters(3, 2, 4, 3, 2, 1, List.of(), 1),
			new RecruitParameters(0, 0, 1000, 0, 0, 0, List.of(), 5),
			new RecruitParameters(0, 0, 0, 0, 10, 0, List.of("上海", "江苏省"), 3),
			new RecruitParameters(1, 1, 1, 1, 1, 1, List.of("广东"), 200));

	@ParameterizedTest
	@ValueSource(longs = { 4, 5 })
	void boundedCandidatesRankAsAllCandidates(long seed) throws IOException {
		NationalGraph g = new NationalGraph(seed, 2, 30, 300, 6, 0.965, 1.0);
		importGraph(g);
		long links = models.answered();
		long lists = models.listed();
		compareAll(g, "after the import");
		assertThat(models.answered()).as("link answers given by the read models").isGreaterThan(links);
		assertThat(models.listed()).as("recruitment lists given by the read models").isGreaterThan(lists);

		// edits between reads, each through a write path of the service: a candidate turned local (it leaves its
		// links' candidates and becomes a customer), a share set, an enterprise deleted, a supply added (a customer
		// more), and a second import on top of the first
		String linkId = g.linksByPopularity[0];
		String clusterId = (String) ((List<?>) g.links.stream().filter(l -> l.get("id").equals(linkId)).findFirst()
			.orElseThrow().get("clusters")).get(0);
		List<String> before = ranked(clusterId, linkId, VARIANTS.get(0));
		String flip = before.get(0);
		Map<String, Object> e = new LinkedHashMap<>(g.enterprises.stream().filter(x -> x.get("id").equals(flip))
			.findFirst().orElseThrow());
		e.remove("kind");
		e.put("local", true);
		web.put().uri("/api/v1/enterprises/{id}", flip).bodyValue(e).exchange().expectStatus().isOk();
		assertThat(ranked(clusterId, linkId, VARIANTS.get(0))).as("a candidate turned local").doesNotContain(flip);
		web.put().uri("/api/v1/enterprises/{id}/operates/{l}", before.get(1), linkId)
			.contentType(MediaType.APPLICATION_JSON).bodyValue(Map.of("share", 0.95)).exchange().expectStatus().is2xxSuccessful();
		web.delete().uri("/api/v1/enterprises/{id}", before.get(2)).exchange().expectStatus().isNoContent();
		assertThat(ranked(clusterId, linkId, VARIANTS.get(0))).as("a candidate deleted").doesNotContain(before.get(2));
		web.post().uri("/api/v1/supplies").bodyValue(Map.of("supplier", before.get(3), "buyer", flip, "link",
				g.operates.get(42).get("link")))
			.exchange().expectStatus().is2xxSuccessful();
		compareAll(g, "after REST edits");
		NationalGraph more = new NationalGraph(seed + 100, 2, 30, 300, 3, 0.965, 1.0);
		importGraph(more);
		compareAll(more, "after a second import");
	}

	private List<String> ranked(String clusterId, String linkId, RecruitParameters p) {
		return repository.forLink(clusterId, linkId, p).block().stream().map(x -> Recruit.of(x, p))
			.sorted(RecruitController.ORDER).limit(p.limit()).map(Recruit::enterpriseId).toList();
	}

	/**
	 * Every cluster's list and every link's recruits, each asked twice: the first may read the statement (a model
	 * missing or stale after a write), the second, once the models read behind it are kept, reads the models.
	 */
	private void compareAll(NationalGraph g, String when) {
		String oracleLink = oracle("recruit/link");
		String oracleCluster = oracle("recruit/cluster");
		for (Map<String, Object> c : g.clusters) {
			String clusterId = (String) c.get("id");
			for (RecruitParameters p : VARIANTS) {
				for (int weakBelow : new int[] { 2, 5 }) {
					List<ClusterRecruit> expected = cypher(oracleCluster, Map.of("id", clusterId, "weakBelow", weakBelow))
						.get(0).get("candidates").asList(v -> Candidate.from(v.asMap())).stream()
						.map(x -> ClusterRecruit.of(x, weakBelow, p)).sorted(ClusterRecruit.ORDER).limit(p.limit()).toList();
					for (int again = 0; again < 2; again++) {
						List<ClusterRecruit> actual = repository.forCluster(clusterId, weakBelow, p).block().stream()
							.map(x -> ClusterRecruit.of(x, weakBelow, p)).sorted(ClusterRecruit.ORDER).limit(p.limit()).toList();
						assertThat(actual).as("cluster %s, %s, weakBelow %d, %s", clusterId, p, weakBelow, when)
							.isEqualTo(expected);
						models.settled().block(); // the models the first read behind it are kept for the second
					}
				}
			}
			for (Map<String, Object> l : g.links) {
				if (!((List<?>) l.get("clusters")).contains(clusterId)) {
					continue;
				}
				String linkId = (String) l.get("id");
				for (RecruitParameters p : VARIANTS) {
					List<Recruit> expected = cypher(oracleLink, Map.of("id", clusterId, "linkId", linkId))
						.get(0).get("candidates").asList(v -> Candidate.from(v.asMap())).stream()
						.map(x -> Recruit.of(x, p)).sorted(RecruitController.ORDER).limit(p.limit()).toList();
					for (int again = 0; again < 2; again++) {
						List<Recruit> actual = repository.forLink(clusterId, linkId, p).block().stream()
							.map(x -> Recruit.of(x, p)).sorted(RecruitController.ORDER).limit(p.limit()).toList();
						assertThat(actual).as("link %s, %s, %s", linkId, p, when).isEqualTo(expected);
						models.settled().block();
					}
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
