package org.chainchief.enterprise;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PinyinInitialsTest {

	private final PinyinInitials initials = new PinyinInitials(100);

	@Test
	void initialsOfChineseNamesLatinLettersAndDigitsKept() {
		assertThat(initials.of("中欣晶圆")).isEqualTo("zxjy");
		assertThat(initials.of("丽水ABC科技2号")).isEqualTo("lsabckj2h");
		assertThat(initials.of("（浙江）正帆·科技")).isEqualTo("zjzfkj");
	}

	@Test
	void matchesAtTheStartOrAnywhereCaseInsensitively() {
		assertThat(initials.matches("中欣晶圆", "zxjy")).isTrue();
		assertThat(initials.matches("中欣晶圆", "ZXJY")).isTrue();
		assertThat(initials.matches("中欣晶圆", "jy")).isTrue();
		assertThat(initials.matches("中欣晶圆", "zj")).isFalse();
		assertThat(initials.matches("中欣晶圆", "zxjyx")).isFalse();
		assertThat(initials.matches(null, "zx")).isFalse();
	}

	@Test
	void aPolyphonicCharacterMatchesEitherReading() {
		// 重庆 is chong qing; 重 is also zhong: both spellings find it.
		assertThat(initials.matches("重庆钢铁", "cqgt")).isTrue();
		assertThat(initials.matches("重庆钢铁", "zqgt")).isTrue();
	}

	@Test
	void onlyLatinLettersCanBeInitials() {
		assertThat(PinyinInitials.applies("zxjy")).isTrue();
		assertThat(PinyinInitials.applies(" zx ")).isTrue();
		assertThat(PinyinInitials.applies("z")).isFalse();
		assertThat(PinyinInitials.applies("晶圆")).isFalse();
		assertThat(PinyinInitials.applies("zx jy")).isFalse();
		assertThat(PinyinInitials.applies("3m")).isFalse();
	}
}
