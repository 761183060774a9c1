package org.chainchief.workbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Every label in both languages: the same keys, English without Chinese, and every key the page asks for exists. */
class WorkbenchMessagesTest {

	private static final Path STATIC = Path.of("src", "main", "resources", "static");

	@Test
	void bothLanguagesHaveTheSameKeys() {
		assertThat(Messages.keys("en")).containsExactlyInAnyOrderElementsOf(Messages.keys("zh"));
	}

	@Test
	void englishLabelsHaveNoChineseButTheSwitchToChinese() {
		Pattern cjk = Pattern.compile("[\\u3400-\\u9fff\\u3000-\\u303f\\uff00-\\uffef]");
		Map<String, String> en = Messages.of("en");
		en.forEach((key, label) -> {
			if (!key.equals("lang.switch")) {
				assertThat(cjk.matcher(label).find()).as("%s = %s", key, label).isFalse();
			}
		});
		assertThat(en.get("lang.switch")).isEqualTo("中文");
		assertThat(Messages.of("zh").get("lang.switch")).isEqualTo("English");
	}

	@Test
	void everyKeyThePageUsesExists() throws IOException {
		Set<String> used = new TreeSet<>();
		Pattern call = Pattern.compile("\\bt\\('([A-Za-z]+\\.[A-Za-z.]+)'");
		Pattern attr = Pattern.compile("data-i18n=\"([^\"]+)\"");
		Pattern named = Pattern.compile("'((?:feature|downloads|regions|gapFactor|tab)\\.[A-Za-z]+)'");
		try (Stream<Path> files = Files.walk(STATIC)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".js") || p.toString().endsWith(".html")).toList()) {
				String text = Files.readString(file);
				for (Pattern p : new Pattern[] { call, attr, named }) {
					Matcher m = p.matcher(text);
					while (m.find()) {
						used.add(m.group(1));
					}
				}
			}
		}
		// Keys built from API values: every status, stage, chokepoint reason and factor the API answers.
		for (String s : new String[] { "MISSING", "WEAK", "STRONG" }) {
			used.add("status." + s);
			used.add("legend." + s);
		}
		for (String s : new String[] { "UPSTREAM", "MIDSTREAM", "DOWNSTREAM" }) {
			used.add("stage." + s);
		}
		for (String s : new String[] { "DECLARED", "MONOPOLY_SHARE", "CONCENTRATED_HHI" }) {
			used.add("choke." + s);
		}
		for (String s : new String[] { "head", "scale", "share", "customers", "region", "tags" }) {
			used.add("factor." + s);
		}
		for (String s : new String[] { "status", "chokepoint", "localDemand", "externalDependency" }) {
			used.add("gapFactor." + s);
		}
		for (String s : new String[] { "EXACT", "PREFIX", "CONTAINS", "WORDS", "INITIALS" }) {
			used.add("match." + s);
		}
		used.add("raw.revenue");
		used.add("raw.aboveScale");
		used.add("whatif.recruitShort");
		used.add("whatif.removeShort");
		assertThat(used).hasSizeGreaterThan(150);
		assertThat(Messages.keys("zh")).containsAll(used);
	}
}
