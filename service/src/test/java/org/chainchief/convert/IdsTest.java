package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;

import org.chainchief.model.Records;
import org.junit.jupiter.api.Test;

class IdsTest {

	@Test
	void encodesOnlyWhatAnIdMayNotHoldAndThePercentSign() {
		assertThat(Ids.encode("惯性/敏感元件")).isEqualTo("惯性%2F敏感元件");
		assertThat(Ids.encode("Micro LED")).isEqualTo("Micro%20LED");
		assertThat(Ids.encode("芎?")).isEqualTo("芎%3F");
		assertThat(Ids.encode("#精密钢管")).isEqualTo("%23精密钢管");
		assertThat(Ids.encode("20%氨水")).isEqualTo("20%25氨水");
		assertThat(Ids.encode("维生素A系\n列")).isEqualTo("维生素A系%0A列");
		assertThat(Ids.encode("聚酰胺6(PA6)")).isEqualTo("聚酰胺6(PA6)");
		assertThat(Ids.encode("a%2Fb")).isNotEqualTo(Ids.encode("a/b"));
		assertThat("ckg." + Ids.encode("a /?#%\tb")).matches(Records.ID_PATTERN);
	}

	@Test
	void pathsUseDotsBetweenPartsAndEncodeDotsInside() {
		assertThat(Ids.path("IC/晶圓製造/晶圓製造")).isEqualTo("IC.晶圓製造.晶圓製造");
		assertThat(Ids.path("a.b/c")).isEqualTo("a%2Eb.c");
		assertThat(Ids.path("a/b.c")).isEqualTo("a.b%2Ec");
		assertThat(Ids.path("近眼顯示(Dear-Eye Display)/OLED")).isEqualTo("近眼顯示(Dear-Eye%20Display).OLED");
	}
}
