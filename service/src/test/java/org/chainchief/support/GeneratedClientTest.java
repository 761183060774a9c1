package org.chainchief.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;

import org.chainchief.FixtureTest;
import org.chainchief.client.ApiClient;
import org.chainchief.client.ApiException;
import org.chainchief.client.api.ClustersApi;
import org.chainchief.client.api.EnterprisesApi;
import org.chainchief.client.api.GapsApi;
import org.chainchief.client.api.RecruitsApi;
import org.chainchief.client.api.WhatIfApi;
import org.chainchief.client.model.Change;
import org.chainchief.client.model.EnterprisePage;
import org.chainchief.client.model.EnterpriseSummary;
import org.chainchief.client.model.Factor;
import org.chainchief.client.model.Gap;
import org.chainchief.client.model.ProblemDetail;
import org.chainchief.client.model.Recruit;
import org.chainchief.client.model.Summary;
import org.chainchief.client.model.WhatIf;
import org.chainchief.client.model.WhatIfRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;

/**
 * A client generated at build time from the committed contract ({@code openapi-generator}, Java, {@code native}
 * library: {@code java.net.http} and Jackson) talks to the running service as another system would, and reads every
 * field of the answers. Expected values are those of {@code GapReportTest}, {@code RecruitTest} and
 * {@code WhatIfTest} on the same fixture.
 */
class GeneratedClientTest extends FixtureTest {

	@Value("${local.server.port}")
	int port;

	ApiClient client;

	@BeforeEach
	void fixtureAndClient() {
		load("gaps/chain.ndjson");
		client = new ApiClient();
		client.updateBaseUri("http://127.0.0.1:" + port);
		String basic = java.util.Base64.getEncoder()
			.encodeToString(("analyst:" + PASSWORD).getBytes(java.nio.charset.StandardCharsets.UTF_8));
		client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + basic));
	}

	@Test
	void gapReport() throws ApiException {
		List<Gap> gaps = new GapsApi(client).getGapReport("alpha", null, null, null, null, null, null, null, null, null);
		assertThat(gaps).extracting(Gap::getLinkId)
			.containsExactly("a.gas", "a.wafer", "a.pack", "a.equip", "a.target", "a.service", "a.fab", "a.device");
		Gap gas = gaps.get(0);
		assertThat(gas.getName()).isEqualTo("电子特气");
		assertThat(gas.getStage()).isEqualTo(Gap.StageEnum.UPSTREAM);
		assertThat(gas.getLocalCount()).isZero();
		assertThat(gas.getStatus()).isEqualTo(Gap.StatusEnum.MISSING);
		assertThat(gas.getSupplierCount()).isEqualTo(3);
		assertThat(gas.getTopShare()).isEqualTo(0.6);
		assertThat(gas.getHhi()).isEqualTo(0.45);
		assertThat(gas.getChokepoint()).isTrue();
		assertThat(gas.getChokepointReasons()).containsExactly(Gap.ChokepointReasonsEnum.DECLARED,
				Gap.ChokepointReasonsEnum.CONCENTRATED_HHI);
		assertThat(gas.getDownstreamLinks()).isEqualTo(4);
		assertThat(gas.getLocalDemand()).isEqualTo(5);
		assertThat(gas.getExternalDependency()).isEqualTo(2);
		assertThat(gas.getScore()).isEqualTo(48.264663);
		assertThat(gas.getFactors()).extracting(Factor::getName)
			.containsExactly("status", "chokepoint", "localDemand", "externalDependency");
		Factor demand = gas.getFactors().get(2);
		assertThat(demand.getRaw()).isEqualTo(5);
		assertThat(demand.getValue()).isCloseTo(2.584963, within(1e-6));
		assertThat(demand.getWeight()).isEqualTo(4);
		assertThat(demand.getContribution()).isCloseTo(10.33985, within(1e-6));
		assertThat(gas.getFactors().stream().mapToDouble(Factor::getContribution).sum()).isCloseTo(gas.getScore(),
				within(1e-6));
		// a link without any known share: both concentration figures are null, as the contract says they may be
		Gap service = gaps.stream().filter(g -> g.getLinkId().equals("a.service")).findFirst().orElseThrow();
		assertThat(service.getTopShare()).isNull();
		assertThat(service.getHhi()).isNull();

		List<Gap> filtered = new GapsApi(client).getGapReport("alpha", List.of("MISSING"), List.of("UPSTREAM"), 2,
				0.9, 0.25, 10.0, 10.0, 8.0, 5.0);
		assertThat(filtered).extracting(Gap::getLinkId).containsExactly("a.gas");
	}

	@Test
	void recruitsForAGap() throws ApiException {
		List<Recruit> recruits = new RecruitsApi(client).listLinkRecruits("alpha", "a.gas", null, null, null, null,
				null, null, null, null);
		assertThat(recruits).extracting(Recruit::getEnterpriseId).containsExactly("E-O1", "E-O7", "E-O2");
		Recruit o1 = recruits.get(0);
		assertThat(o1.getName()).isEqualTo("特气一号");
		assertThat(o1.getRegion()).isEqualTo("上海市");
		assertThat(o1.getCountry()).isEqualTo("CHN");
		assertThat(o1.getShare()).isEqualTo(0.6);
		assertThat(o1.getCustomers()).isEqualTo(2);
		assertThat(o1.getScore()).isEqualTo(13.163531);
		assertThat(o1.getFactors()).extracting(Factor::getName)
			.containsExactly("head", "scale", "share", "customers", "region", "tags");
		assertThat(o1.getFactors().get(1).getRaw()).isEqualTo(Map.of("revenue", 200000.0, "aboveScale", true));
		assertThat(o1.getFactors().get(5).getRaw()).isEqualTo(List.of("专精特新", "上市"));
		assertThat(recruits.get(1).getShare()).isNull(); // O7: no known share
	}

	@Test
	void whatIf() throws ApiException {
		WhatIf r = new WhatIfApi(client).whatIf("alpha",
				new WhatIfRequest().recruit(List.of("E-O1")).remove(List.of("E-O3")), null);
		assertThat(r.getClusterId()).isEqualTo("alpha");
		assertThat(r.getWeakBelow()).isEqualTo(2);
		assertSummary(r.getBefore(), 8, 0.75, 2, 4, 2);
		assertSummary(r.getAfter(), 8, 0.875, 1, 5, 2);
		assertThat(r.getChanged()).hasSize(1);
		Change gas = r.getChanged().get(0);
		assertThat(gas.getLinkId()).isEqualTo("a.gas");
		assertThat(gas.getName()).isEqualTo("电子特气");
		assertThat(gas.getFrom()).isEqualTo(Change.FromEnum.MISSING);
		assertThat(gas.getTo()).isEqualTo(Change.ToEnum.WEAK);
		assertThat(gas.getLocalBefore()).isZero();
		assertThat(gas.getLocalAfter()).isEqualTo(1);
		assertThat(r.getClosed()).containsExactly("a.gas");
		assertThat(r.getOpened()).isEmpty();
		assertThat(r.getOrphaned()).singleElement().satisfies(o -> {
			assertThat(o.getEnterpriseId()).isEqualTo("E-L1");
			assertThat(o.getName()).isEqualTo("中欣晶圆（测试）");
			assertThat(o.getLinkId()).isEqualTo("a.wafer");
		});
	}

	@Test
	void enterpriseSearch() throws ApiException {
		EnterprisePage page = new EnterprisesApi(client).searchEnterprises("特气", false, "上海", null, null, null, 0, 10);
		assertThat(page.getPage()).isZero();
		assertThat(page.getSize()).isEqualTo(10);
		assertThat(page.getTotal()).isEqualTo(1);
		EnterpriseSummary o1 = page.getItems().get(0);
		assertThat(o1.getId()).isEqualTo("E-O1");
		assertThat(o1.getName()).isEqualTo("特气一号");
		assertThat(o1.getNameEn()).isNull();
		assertThat(o1.getLocal()).isFalse();
		assertThat(o1.getRegion()).isEqualTo("上海市");
		assertThat(o1.getCountry()).isEqualTo("CHN");
		assertThat(o1.getRevenue()).isEqualTo(200000);
		assertThat(o1.getAboveScale()).isTrue();
		assertThat(o1.getHead()).isFalse();
		assertThat(o1.getListed()).isTrue();
		assertThat(o1.getTags()).containsExactly("专精特新");
		assertThat(o1.getLinks()).contains("a.gas");
		assertThat(o1.getMatch()).isEqualTo(EnterpriseSummary.MatchEnum.PREFIX);

		EnterprisePage all = new EnterprisesApi(client).searchEnterprises(null, null, null, null, null, null, null, null);
		assertThat(all.getItems()).allSatisfy(e -> assertThat(e.getMatch()).isNull()); // no q: no match kind
	}

	@Test
	void anUnknownClusterIsAProblemTheClientReads() throws Exception {
		ApiException ex = catchThrowableOfType(ApiException.class, () -> new ClustersApi(client).getCluster("nope"));
		assertThat(ex.getCode()).isEqualTo(404);
		assertThat(ex.getResponseHeaders().firstValue("Content-Type")).hasValueSatisfying(
				type -> assertThat(type).startsWith("application/problem+json"));
		ProblemDetail problem = client.getObjectMapper().readValue(ex.getResponseBody(), ProblemDetail.class);
		assertThat(problem.getType()).isEqualTo("/problems/not-found");
		assertThat(problem.getTitle()).isEqualTo("Resource not found");
		assertThat(problem.getStatus()).isEqualTo(404);
		assertThat(problem.getDetail()).isEqualTo("No cluster with id 'nope'");
		assertThat(problem.getInstance()).isEqualTo("/api/v1/clusters/nope");
		assertThat(problem.getErrors()).singleElement().satisfies(e -> {
			assertThat(e.getField()).isEqualTo("id");
			assertThat(e.getReason()).isEqualTo("unknown cluster id");
		});
	}

	private static void assertSummary(Summary s, int links, double completeness, int missing, int weak, int strong) {
		assertThat(s.getLinkCount()).isEqualTo(links);
		assertThat(s.getCompleteness()).isEqualTo(completeness);
		assertThat(s.getMissing()).isEqualTo(missing);
		assertThat(s.getWeak()).isEqualTo(weak);
		assertThat(s.getStrong()).isEqualTo(strong);
	}
}
