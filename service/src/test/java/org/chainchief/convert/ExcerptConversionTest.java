package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.chainchief.model.Records.EnterpriseRecord;
import org.junit.jupiter.api.Test;

/**
 * Each converter on a small excerpt written in its data set's exact shape, compared line by line with output
 * worked out by hand (see the expected.ndjson next to each excerpt), plus what the report must say.
 */
class ExcerptConversionTest {

	private static List<String> expected(String name) throws IOException {
		return Files.readAllLines(Conversions.excerpt(name).resolve("expected.ndjson"), StandardCharsets.UTF_8);
	}

	@Test
	void tpexExcerptGivesTheHandCheckedLines() throws IOException {
		var result = Conversions.convert(Format.tpex, Conversions.excerpt("tpex"), Locality.NONE);

		assertThat(result.lines()).containsExactlyElementsOf(expected("tpex"));
		NdjsonCheck.of(result.lines());
	}

	@Test
	void tpexReportsWhatItSubstitutedSkippedAndMerged() throws IOException {
		Report report = Conversions.convert(Format.tpex, Conversions.excerpt("tpex"), Locality.NONE).report();

		assertThat(report.count("company without a name in stocks.json or by-chain.json (stock code used as name)"))
			.isEqualTo(1);
		assertThat(report.count("stocks.json company in no value-chain segment (not converted)")).isEqualTo(1);
		assertThat(report.count("duplicate operates (merged)")).isEqualTo(1);
		assertThat(report.reasons()).hasSize(3);
		assertThat(report.notes()).containsExactly("stage mapping 體驗科技 › 關鍵硬體零組件 → UPSTREAM",
				"stage mapping 體驗科技 › 應用軟體&內容 → DOWNSTREAM",
				"unordered industry 金融 (租賃業, 金控業/銀行業/保險業): all MIDSTREAM, no feeds");
	}

	@Test
	void tpexLocalCodesMakeThoseCompaniesLocalAndReportUnknownOnes() throws IOException {
		var result = Conversions.convert(Format.tpex, Conversions.excerpt("tpex"),
				new Locality(Set.of("2330", "3711", "8888"), Set.of(), null));

		var check = NdjsonCheck.of(result.lines());
		assertThat(check.enterprises.stream().filter(EnterpriseRecord::local).map(EnterpriseRecord::id))
			.containsExactly("TW-2330", "TW-3711");
		assertThat(result.report().count("--local-codes: code matches no enterprise")).isEqualTo(1);
	}

	@Test
	void etoExcerptGivesTheHandCheckedLines() throws IOException {
		var result = Conversions.convert(Format.eto, Conversions.excerpt("eto"), Locality.NONE);

		assertThat(result.lines()).containsExactlyElementsOf(expected("eto"));
		NdjsonCheck.of(result.lines());
	}

	@Test
	void etoReportsPlaceholdersCountriesStagesAndOlderYears() throws IOException {
		Report report = Conversions.convert(Format.eto, Conversions.excerpt("eto"), Locality.NONE).report();

		assertThat(report.count("placeholder provider \"Various …\" (not an enterprise)")).isEqualTo(2);
		assertThat(report.count("country provider (not an enterprise)")).isEqualTo(1);
		assertThat(report.count("provider listed again, e.g. under an alias (merged)")).isEqualTo(2);
		assertThat(report.count("provision by a placeholder provider \"Various …\" (not converted)")).isEqualTo(2);
		assertThat(report.count("provision of a whole stage (S1..S3), not of an input (not converted)")).isEqualTo(1);
		assertThat(report.count("provision by a country or other non-organisation provider (not converted)"))
			.isEqualTo(1);
		assertThat(report.count("provision of an older year (latest year kept)")).isEqualTo(2);
		assertThat(report.count("sequence row of an unknown input (not converted)")).isEqualTo(1);
		assertThat(report.count("duplicate feeds (merged)")).isEqualTo(1);
		assertThat(report.reasons()).hasSize(9);
		assertThat(report.notes()).containsExactly("stage of the 9 inputs: 4 from stage_id, 3 from goes_into target, "
				+ "1 from is_type_of parent, 1 from the inputs going into it");
	}

	@Test
	void etoLocalCountryMakesThatCountrysOrganisationsLocal() throws IOException {
		var result = Conversions.convert(Format.eto, Conversions.excerpt("eto"), new Locality(Set.of(), Set.of(), "CHN"));

		var check = NdjsonCheck.of(result.lines());
		assertThat(check.enterprises.stream().filter(EnterpriseRecord::local).map(EnterpriseRecord::id))
			.containsExactly("eto.P60");
	}

	@Test
	void ckgExcerptGivesTheHandCheckedLines() throws IOException {
		var result = Conversions.convert(Format.ckg, Conversions.excerpt("ckg"), Locality.NONE);

		assertThat(result.lines()).containsExactlyElementsOf(expected("ckg"));
		NdjsonCheck.of(result.lines());
	}

	@Test
	void ckgReportsEverythingItDidNotCarryOver() throws IOException {
		Report report = Conversions.convert(Format.ckg, Conversions.excerpt("ckg"), Locality.NONE).report();

		assertThat(report.count("company code listed again in company.json (first row kept)")).isEqualTo(1);
		assertThat(report.count("company exchange taken from its code prefix (location is not an exchange)"))
			.isEqualTo(1);
		assertThat(report.count("上游材料 relation of a product to itself (not converted)")).isEqualTo(1);
		assertThat(report.count("feeds edge given twice (上游材料/下游产品, merged)")).isEqualTo(1);
		assertThat(report.count("product in no cluster: no company with an industry operates it or a product it "
				+ "feeds or is fed by (not converted)")).isEqualTo(4);
		assertThat(report.count("product with several 产品小类 parents (first kept)")).isEqualTo(1);
		assertThat(report.count("产品小类 relation with a product not converted (no cluster)")).isEqualTo(1);
		assertThat(report.count("feeds edge with a product not converted (no cluster)")).isEqualTo(1);
		assertThat(report.count("operates on a product not converted (no cluster)")).isEqualTo(1);
		assertThat(report.count("duplicate operates (merged)")).isEqualTo(1);
		assertThat(report.reasons()).hasSize(10);
		assertThat(report.notes()).containsExactly(
				"1 companies only in company_industry.json (added as enterprises, name from there)",
				"2 product names only in company_product/product_product (kept)",
				"products in clusters: 7 by the industries of their companies, 2 by those of the products they feed "
						+ "or are fed by");
	}

	@Test
	void ckgLocalExchangeAndCodesChooseTheLocalCompanies() throws IOException {
		var result = Conversions.convert(Format.ckg, Conversions.excerpt("ckg"),
				new Locality(Set.of("688268.SH", "000001.SZ"), Set.of("SZ"), null));

		var check = NdjsonCheck.of(result.lines());
		assertThat(check.enterprises.stream().filter(EnterpriseRecord::local).map(EnterpriseRecord::id))
			.containsExactly("688268.SH", "300054.SZ", "002549.SZ");
		assertThat(result.report().count("--local-codes: code matches no enterprise")).isEqualTo(1);
	}

	@Test
	void sameInputGivesTheSameBytes() throws IOException {
		for (Format format : Format.values()) {
			Path dir = Conversions.excerpt(format.name());
			assertThat(Conversions.convert(format, dir, Locality.NONE).bytes()).as(format.name())
				.isEqualTo(Conversions.convert(format, dir, Locality.NONE).bytes());
		}
	}
}
