package org.chainchief.convert;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading the source files: whole JSON documents, JSON lines, CSV with a header; plus text clean-up. */
final class Sources {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();

	private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,6});");

	private static final Pattern WHITESPACE = Pattern.compile("\\s+");

	private Sources() {
	}

	/** The file {@code name} in {@code dir}, or a clear error naming the data set. */
	static Path require(Path dir, String dataSet, String... names) {
		for (String name : names) {
			Path file = dir.resolve(name);
			if (Files.isRegularFile(file)) {
				return file;
			}
		}
		throw new ConversionException(dir + ": no " + String.join(" or ", names) + " (is this the " + dataSet
				+ " folder?)");
	}

	static JsonNode readJson(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return JSON.readTree(in);
		}
		catch (JacksonException ex) {
			throw new ConversionException(file.getFileName() + ": not valid JSON: " + ex.getOriginalMessage());
		}
	}

	/** Each JSON object of a JSON-lines file, in order; unreadable lines are reported and skipped. */
	static void readJsonLines(Path file, Report report, Consumer<JsonNode> each) throws IOException {
		try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			String line;
			long number = 0;
			while ((line = in.readLine()) != null) {
				number++;
				if (number == 1 && line.startsWith("\uFEFF")) {
					line = line.substring(1);
				}
				if (line.isBlank()) {
					continue;
				}
				JsonNode node;
				try {
					node = JSON.readTree(line);
				}
				catch (JacksonException ex) {
					node = null;
				}
				if (node == null || !node.isObject()) {
					report.skip("unreadable JSON line (not converted)", file.getFileName() + ":" + number);
					continue;
				}
				each.accept(node);
			}
		}
	}

	/** Every row of a CSV file with a header row (quoted fields may span lines). */
	static List<CSVRecord> readCsv(Path file, String... requiredColumns) throws IOException {
		try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			in.mark(1);
			if (in.read() != '\uFEFF') {
				in.reset();
			}
			try (CSVParser parser = CSV.parse(in)) {
				for (String column : requiredColumns) {
					if (!parser.getHeaderMap().containsKey(column)) {
						throw new ConversionException(file.getFileName() + ": no column " + column);
					}
				}
				return new ArrayList<>(parser.getRecords());
			}
			catch (java.io.UncheckedIOException ex) {
				throw new ConversionException(file.getFileName() + ": not readable as CSV: " + ex.getMessage());
			}
		}
	}

	/** The text of a field, trimmed; "" when absent or not a string or number. */
	static String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		return value == null || !(value.isString() || value.isNumber()) ? "" : value.asString().strip();
	}

	/** Runs of whitespace (line breaks included) as one space, trimmed. */
	static String squeeze(String text) {
		return WHITESPACE.matcher(text).replaceAll(" ").strip();
	}

	/** HTML character references decoded ({@code &amp;} → &, {@code &#33096;} → 腈); unknown names kept. */
	static String unescapeHtml(String text) {
		if (text.indexOf('&') < 0) {
			return text;
		}
		Matcher m = ENTITY.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String ref = m.group(1);
			String decoded = null;
			if (ref.startsWith("#x") || ref.startsWith("#X")) {
				decoded = codePoint(Integer.parseInt(ref.substring(2), 16));
			}
			else if (ref.startsWith("#")) {
				decoded = codePoint(Integer.parseInt(ref.substring(1)));
			}
			else {
				decoded = switch (ref) {
					case "amp" -> "&";
					case "lt" -> "<";
					case "gt" -> ">";
					case "quot" -> "\"";
					case "apos" -> "'";
					case "nbsp" -> " ";
					default -> null;
				};
			}
			m.appendReplacement(out, Matcher.quoteReplacement(decoded == null ? m.group() : decoded));
		}
		m.appendTail(out);
		return out.toString();
	}

	private static String codePoint(int cp) {
		return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : null;
	}
}
