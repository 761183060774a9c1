package org.chainchief.workbench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/** The workbench's message files, i18n/zh.json and i18n/en.json, as served from the classpath. */
final class Messages {

	private Messages() {
	}

	static Map<String, String> of(String lang) {
		try (InputStream in = Messages.class.getResourceAsStream("/static/i18n/" + lang + ".json")) {
			if (in == null) {
				throw new IllegalStateException("no message file for " + lang);
			}
			return JsonMapper.builder().build().readValue(in, new TypeReference<LinkedHashMap<String, String>>() {
			});
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static Set<String> keys(String lang) {
		return of(lang).keySet();
	}
}
