package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourcesTest {

	@Test
	void decodesHtmlCharacterReferences() {
		assertThat(Sources.unescapeHtml("應用軟體&amp;內容")).isEqualTo("應用軟體&內容");
		assertThat(Sources.unescapeHtml("丙烯&#33096;等")).isEqualTo("丙烯腈等");
		assertThat(Sources.unescapeHtml("&#x41;&lt;&gt;&quot;")).isEqualTo("A<>\"");
		assertThat(Sources.unescapeHtml("R&D &unknown; & more")).isEqualTo("R&D &unknown; & more");
	}

	@Test
	void squeezesWhitespace() {
		assertThat(Sources.squeeze("  电子化学品 ")).isEqualTo("电子化学品");
		assertThat(Sources.squeeze("CDMA手机业务\n  宽带")).isEqualTo("CDMA手机业务 宽带");
	}

	@Test
	void normalisesAShareCodes() {
		assertThat(CkgConverter.code("688268", "上海证券交易所")).isEqualTo("688268.SH");
		assertThat(CkgConverter.code("002549", "深圳证券交易所")).isEqualTo("002549.SZ");
		assertThat(CkgConverter.code("300957.sz", null)).isEqualTo("300957.SZ");
		assertThat(CkgConverter.code("600000", "2010-02-11")).isEqualTo("600000.SH");
		assertThat(CkgConverter.code("830001", null)).isEqualTo("830001.BJ");
		assertThat(CkgConverter.code("000001", null)).isEqualTo("000001.SZ");
		assertThat(CkgConverter.code("12345", null)).isNull();
		assertThat(TpexConverter.code(" TW-2330 ")).isEqualTo("2330");
		assertThat(TpexConverter.code("2330")).isEqualTo("2330");
	}
}
