package org.chainchief.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;

import org.chainchief.importer.CellValues.Cell;
import org.chainchief.importer.SheetColumns.Type;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** Cell conversion, header lookup and CSV sniffing, without a database. */
class CellValuesTest {

	static JsonNode text(Type type, String text) {
		return CellValues.convert(type, Cell.text(text));
	}

	@Test
	void everyFieldOfEveryKindHasAColumnAndRequiredOnesAreMarked() {
		for (Kind kind : Kind.values()) {
			assertThat(SheetColumns.of(kind)).extracting(SheetColumns.Column::field)
				.containsExactlyElementsOf(Arrays.stream(kind.type.getRecordComponents()).map(RecordComponent::getName).toList());
		}
		assertThat(SheetColumns.of(Kind.ENTERPRISE).stream().filter(SheetColumns.Column::required)
			.map(SheetColumns.Column::field)).containsExactly("id", "name", "local");
		assertThat(SheetColumns.of(Kind.LINK).stream().filter(SheetColumns.Column::required)
			.map(SheetColumns.Column::field)).containsExactly("id", "name", "stage");
	}

	@Test
	void headersAreFoundInEnglishOrChineseHoweverBracketsAndSpacesAreWritten() {
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "营业收入（万元）").field()).isEqualTo("revenue");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "营业收入(万元)").field()).isEqualTo("revenue");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, " 企业 名称 ").field()).isEqualTo("name");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "*统一社会信用代码").field()).isEqualTo("id");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "aboveScale").field()).isEqualTo("aboveScale");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "ABOVESCALE").field()).isEqualTo("aboveScale");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "是否龙头").field()).isEqualTo("head");
		assertThat(SheetColumns.find(Kind.OPERATES, "统一社会信用代码").field()).isEqualTo("enterprise");
		assertThat(SheetColumns.find(Kind.LINK, "产业链位置").field()).isEqualTo("stage");
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "联系人")).isNull();
		assertThat(SheetColumns.find(Kind.ENTERPRISE, "环节名称")).as("a header of another kind").isNull();
	}

	@Test
	void booleans() {
		assertThat(text(Type.BOOLEAN, "是").booleanValue()).isTrue();
		assertThat(text(Type.BOOLEAN, " 否 ").booleanValue()).isFalse();
		assertThat(text(Type.BOOLEAN, "Y").booleanValue()).isTrue();
		assertThat(text(Type.BOOLEAN, "n").booleanValue()).isFalse();
		assertThat(text(Type.BOOLEAN, "TRUE").booleanValue()).isTrue();
		assertThat(text(Type.BOOLEAN, "0").booleanValue()).isFalse();
		assertThat(CellValues.convert(Type.BOOLEAN, new Cell("1", 1.0, null)).booleanValue()).isTrue();
		assertThat(text(Type.BOOLEAN, "也许").isString()).as("passed on for the parser to reject").isTrue();
		assertThat(text(Type.BOOLEAN, "也许").asString()).isEqualTo("也许");
	}

	@Test
	void numbers() {
		assertThat(text(Type.NUMBER, "12,000").doubleValue()).isEqualTo(12000.0);
		assertThat(text(Type.NUMBER, "1,234,567.5").doubleValue()).isEqualTo(1234567.5);
		assertThat(text(Type.NUMBER, "5%").doubleValue()).isEqualTo(0.05);
		assertThat(text(Type.NUMBER, "１２．５").doubleValue()).as("full-width digits").isEqualTo(12.5);
		assertThat(text(Type.NUMBER, "12,00").asString()).as("not a thousands grouping").isEqualTo("12,00");
		assertThat(text(Type.NUMBER, "很多").asString()).isEqualTo("很多");
		assertThat(CellValues.convert(Type.NUMBER, new Cell("5%", 0.05, null)).doubleValue()).isEqualTo(0.05);
		assertThat(text(Type.INTEGER, "2027").intValue()).isEqualTo(2027);
		assertThat(CellValues.convert(Type.INTEGER, new Cell("2027", 2027.0, null)).isInt()).isTrue();
		assertThat(text(Type.INTEGER, "2027.5").asString()).isEqualTo("2027.5");
	}

	@Test
	void dates() {
		assertThat(text(Type.DATE, "2025-03-10").asString()).isEqualTo("2025-03-10");
		assertThat(text(Type.DATE, "2025/3/1").asString()).isEqualTo("2025-03-01");
		assertThat(text(Type.DATE, "2025年3月10日").asString()).isEqualTo("2025-03-10");
		assertThat(text(Type.DATE, "2025.03.10").asString()).isEqualTo("2025-03-10");
		assertThat(text(Type.DATE, "20250310").asString()).isEqualTo("2025-03-10");
		assertThat(text(Type.DATE, "2025-03-10 08:30:00").asString()).isEqualTo("2025-03-10");
		assertThat(text(Type.DATE, "2025-02-30").asString()).as("no such day: passed on").isEqualTo("2025-02-30");
		assertThat(text(Type.DATE, "明年").asString()).isEqualTo("明年");
		LocalDate date = LocalDate.of(2025, 3, 10);
		assertThat(CellValues.convert(Type.DATE, new Cell("2025-03-10", 45726.0, date)).asString()).isEqualTo("2025-03-10");
		// 45726 is 2025-03-10 in Excel's 1900 date system: a date typed into a cell formatted as a number
		assertThat(CellValues.convert(Type.DATE, new Cell("45726", 45726.0, null)).asString()).isEqualTo("2025-03-10");
		assertThat(CellValues.convert(Type.TEXT, new Cell("2025-03-10", 45726.0, date)).asString()).isEqualTo("2025-03-10");
	}

	@Test
	void listsStagesAndBlanks() {
		assertThat(text(Type.LIST, "专精特新；高新技术企业、上市, 外资，  ").toString())
			.isEqualTo("[\"专精特新\",\"高新技术企业\",\"上市\",\"外资\"]");
		assertThat(text(Type.LIST, " ; ")).isNull();
		assertThat(text(Type.STAGE, "上游").asString()).isEqualTo("UPSTREAM");
		assertThat(text(Type.STAGE, "中游").asString()).isEqualTo("MIDSTREAM");
		assertThat(text(Type.STAGE, " 下游 ").asString()).isEqualTo("DOWNSTREAM");
		assertThat(text(Type.STAGE, "midstream").asString()).isEqualTo("MIDSTREAM");
		assertThat(text(Type.STAGE, "旁游").asString()).isEqualTo("旁游");
		assertThat(text(Type.TEXT, "  ")).isNull();
		assertThat(text(Type.TEXT, " 中欣晶圆 ").asString()).isEqualTo("中欣晶圆");
	}

	@Test
	void csvEncodingIsUtf8WhenValidElseGb18030(@TempDir Path dir) throws IOException {
		String csv = "企业名称,是否本地\n中欣晶圆,是\n";
		Path utf8 = Files.write(dir.resolve("utf8.csv"), csv.getBytes(StandardCharsets.UTF_8));
		Path gbk = Files.write(dir.resolve("gbk.csv"), csv.getBytes(Charset.forName("GBK")));
		Path ascii = Files.write(dir.resolve("ascii.csv"), "id,name\n".getBytes(StandardCharsets.US_ASCII));
		assertThat(CsvSource.detect(utf8)).isEqualTo(StandardCharsets.UTF_8);
		assertThat(CsvSource.detect(gbk)).isEqualTo(CsvSource.GB18030);
		assertThat(CsvSource.detect(ascii)).isEqualTo(StandardCharsets.UTF_8);
	}

	@Test
	void csvDelimiterComesFromTheHeader(@TempDir Path dir) throws IOException {
		Path comma = Files.writeString(dir.resolve("a.csv"), "a,b;c,d\n");
		Path semicolon = Files.writeString(dir.resolve("b.csv"), "a;b;\"c,d,e\"\n");
		Path tab = Files.writeString(dir.resolve("c.csv"), "a\tb\tc\n");
		assertThat(CsvSource.delimiter(comma, StandardCharsets.UTF_8)).isEqualTo(',');
		assertThat(CsvSource.delimiter(semicolon, StandardCharsets.UTF_8)).isEqualTo(';');
		assertThat(CsvSource.delimiter(tab, StandardCharsets.UTF_8)).isEqualTo('\t');
	}
}
