package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.junit.jupiter.api.Test;

/**
 * The converters on the real public data sets in ../shared/data (skipped when absent). The expected counts were
 * worked out independently from the raw files (a separate script following the documented rules), e.g. tpex:
 * 47 industries, 498 segment nodes, 7,797 company–segment links, 2,402 companies; eto: 126 inputs, 53 goes_into
 * rows, 380 organisation rows − 1 "Various companies" − 7 alias rows = 372 organisations; ckg: 4,654 company rows
 * − 68 repeated codes + 103 companies only in company_industry.json = 4,689 enterprises.
 */
class RealDataConversionTest {

	private static Path data(String name) {
		Path dir = Path.of(System.getProperty("chain-chief.repo-root", ".."), "..", "shared", "data", name);
		assumeTrue(Files.isDirectory(dir), "real data set not found at " + dir.toAbsolutePath().normalize()
				+ " (skipped)");
		return dir;
	}

	@Test
	void tpex() throws IOException {
		var result = Conversions.convert(Format.tpex, data("tw-sector-map"), Locality.NONE);

		var check = NdjsonCheck.of(result.lines());
		assertThat(check.counts).containsEntry("cluster", 47)
			.containsEntry("link", 498)
			.containsEntry("feeds", 995)
			.containsEntry("enterprise", 2402)
			.containsEntry("operates", 7797)
			.containsEntry("supplies", 0);
		assertThat(check.stages()).containsOnly(Map.entry("UPSTREAM", 194L), Map.entry("MIDSTREAM", 163L),
				Map.entry("DOWNSTREAM", 141L));
		assertThat(check.linksWithParent()).isEqualTo(75);
		assertThat(check.enterprises).allMatch(e -> e.id().startsWith("TW-") && "TWN".equals(e.country())
				&& Boolean.TRUE.equals(e.listed()) && !e.local());
		assertThat(check.links).filteredOn(l -> l.id().equals("tpex.D000.IC.晶圓製造.晶圓製造"))
			.singleElement()
			.satisfies(l -> {
				assertThat(l.parent()).isEqualTo("tpex.D000.IC.晶圓製造");
				assertThat(l.stage().name()).isEqualTo("MIDSTREAM");
			});
		assertThat(check.operates).contains(new OperatesRecord("TW-2330", "tpex.D000.IC.晶圓製造.晶圓製造", null));
		assertThat(result.report()
			.count("company without a name in stocks.json or by-chain.json (stock code used as name)")).isEqualTo(355);
		assertThat(result.report().count("stocks.json company in no value-chain segment (not converted)")).isEqualTo(58);
		assertThat(Conversions.convert(Format.tpex, data("tw-sector-map"), Locality.NONE).bytes())
			.isEqualTo(result.bytes());
	}

	@Test
	void eto() throws IOException {
		var result = Conversions.convert(Format.eto, data("eto-chip-explorer"), Locality.NONE);

		var check = NdjsonCheck.of(result.lines());
		assertThat(check.counts).containsEntry("cluster", 1)
			.containsEntry("link", 126)
			.containsEntry("feeds", 53)
			.containsEntry("enterprise", 372)
			.containsEntry("operates", 650)
			.containsEntry("supplies", 0);
		assertThat(check.stages()).containsOnly(Map.entry("UPSTREAM", 11L), Map.entry("MIDSTREAM", 67L),
				Map.entry("DOWNSTREAM", 48L));
		assertThat(check.linksWithParent()).isEqualTo(86);
		assertThat(check.operates.stream().filter(o -> o.share() == null)).hasSize(176);
		// provision.csv row 44: ASML,P88,EUV lithography tools,N20,100.0,2025
		assertThat(check.operates).contains(new OperatesRecord("eto.P88", "eto.N20", 1.0));
		assertThat(check.enterprises).noneMatch(e -> e.name().startsWith("Various"))
			.allMatch(e -> e.country() != null && e.country().matches("[A-Z]{3}"));
		assertThat(check.links.stream().filter(l -> l.id().equals("eto.N99")).map(LinkRecord::stage).toList())
			.containsExactly(org.chainchief.model.Stage.DOWNSTREAM);
		assertThat(result.report().count("provision by a placeholder provider \"Various …\" (not converted)"))
			.isEqualTo(134);
		assertThat(result.report().count("provision of a whole stage (S1..S3), not of an input (not converted)"))
			.isEqualTo(18);
		assertThat(result.report().count("provision by a country or other non-organisation provider (not converted)"))
			.isEqualTo(498);
		assertThat(Conversions.convert(Format.eto, data("eto-chip-explorer"), Locality.NONE).bytes())
			.isEqualTo(result.bytes());
	}

	@Test
	void ckg() throws IOException {
		var result = Conversions.convert(Format.ckg, data("ChainKnowledgeGraph"), Locality.NONE);

		var check = NdjsonCheck.of(result.lines());
		assertThat(check.counts).containsEntry("cluster", 335)
			.containsEntry("link", 49_779)
			.containsEntry("feeds", 17_290)
			.containsEntry("enterprise", 4_689)
			.containsEntry("operates", 52_522)
			.containsEntry("supplies", 0);
		assertThat(check.stages()).containsOnly(Map.entry("UPSTREAM", 2_335L), Map.entry("MIDSTREAM", 36_893L),
				Map.entry("DOWNSTREAM", 10_551L));
		assertThat(check.linksWithParent()).isEqualTo(11_532);
		assertThat(check.operates).allMatch(o -> o.share() == null);
		assertThat(check.enterprises.stream().map(EnterpriseRecord::id)).contains("688268.SH", "300054.SZ")
			.allMatch(id -> id.matches("\\d{6}\\.(SH|SZ|BJ)"));
		assertThat(check.operates).contains(new OperatesRecord("688268.SH", "ckg.特种气体", null));
		assertThat(result.report().count("company code listed again in company.json (first row kept)")).isEqualTo(68);
		assertThat(result.report().count("product in no cluster: no company with an industry operates it or a product "
				+ "it feeds or is fed by (not converted)")).isEqualTo(45_796);
		assertThat(Conversions.convert(Format.ckg, data("ChainKnowledgeGraph"), Locality.NONE).bytes())
			.isEqualTo(result.bytes());
	}
}
