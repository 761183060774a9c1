package org.chainchief.hostile;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Generators of hostile input, driven by one seeded {@link Random} so a failing case can be replayed from the
 * seed printed by the test.
 */
final class Hostile {

	static final List<String> STRINGS = List.of("", " ", "\u0000", "a\u0000b", "\u0001\u0007\u001b[31m", "\t\r\n",
			"晶圆", "中欣晶圆 Zhongxin", "Ωмир中文עברית🙂\u200d", "\uFEFF", "\uD800", "\uDFFF\uD800", "NaN",
			"Infinity", "-Infinity", "-1", "0", "1e309", "-1e309", "99999999999999999999999", "-9223372036854775809",
			"1.7976931348623157E309", "0x1F", "true", "null", "[]", "{}", "' OR 1=1 //", "\" OR true RETURN n //",
			"}) MATCH (n) DETACH DELETE n //", "$param", "`id`", "MATCH (n) DETACH DELETE n", "CALL db.labels()",
			"../../../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "..\\..\\windows", "%00", "%", "%zz", "%E6%99",
			"a/b", "a?b", "a#b", "a;b", "*", "AND", "\"quoted\"", "<script>alert(1)</script>", "${jndi:ldap://x}",
			"MISSING,WEAK,NOPE", "UPSTREAM", "semiconductor");

	private final Random random;

	Hostile(long seed) {
		this.random = new Random(seed);
	}

	<T> T pick(List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	boolean chance(int percent) {
		return random.nextInt(100) < percent;
	}

	int between(int min, int max) {
		return min + random.nextInt(max - min + 1);
	}

	/** A hostile text: one of the known ones, a very long one, random code points, or a mix. */
	String string() {
		return switch (random.nextInt(6)) {
			case 0 -> pick(STRINGS).repeat(between(200, 3000));
			case 1 -> randomCodePoints(between(1, 40));
			case 2 -> pick(STRINGS) + pick(STRINGS);
			default -> pick(STRINGS);
		};
	}

	/** A value for a parameter or field of any type: numbers at the edges, wrong types, hostile text. */
	String scalarText() {
		return switch (random.nextInt(5)) {
			case 0 -> Long.toString(random.nextLong());
			case 1 -> pick(List.of("-1", "0", "1", "2147483648", "-2147483649", "1000001", "1e3", "0.5", "-0.0",
					"NaN", "Infinity", "1E400", "１２"));
			default -> string();
		};
	}

	/** A JSON value of a random type (possibly not what the field wants). */
	Object jsonValue(int depth) {
		return switch (random.nextInt(depth > 2 ? 6 : 8)) {
			case 0 -> random.nextLong();
			case 1 -> pick(List.of(-1, 0, Integer.MAX_VALUE, Long.MIN_VALUE, 1e308, -1e308, 0.5, 1.0000001));
			case 2 -> random.nextBoolean();
			case 3 -> null;
			case 6 -> {
				List<Object> list = new ArrayList<>();
				int n = chance(10) ? between(1001, 1500) : between(0, 5);
				for (int i = 0; i < n; i++) {
					list.add(n > 100 ? "id" + i : jsonValue(depth + 1));
				}
				yield list;
			}
			case 7 -> {
				java.util.Map<String, Object> map = new java.util.HashMap<>();
				map.put(string(), jsonValue(depth + 1));
				yield map;
			}
			default -> string();
		};
	}

	/** A body that is not valid JSON, or not UTF-8, or JSON of the wrong shape. */
	byte[] brokenBody() {
		return switch (random.nextInt(9)) {
			case 0 -> "{".getBytes(StandardCharsets.UTF_8);
			case 1 -> "{\"id\": NaN, \"name\": Infinity}".getBytes(StandardCharsets.UTF_8);
			case 2 -> new byte[] { '{', '"', 'i', 'd', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}' };
			case 3 -> ("[".repeat(5000) + "]".repeat(5000)).getBytes(StandardCharsets.UTF_8);
			case 4 -> "{\"id\":\"a\",\"id\":\"b\",\"name\":\"重复\"}".getBytes(StandardCharsets.UTF_8);
			case 5 -> "\u0000\u0000\u0000".getBytes(StandardCharsets.UTF_8);
			case 6 -> "null".getBytes(StandardCharsets.UTF_8);
			case 7 -> "{\"a\":1}{\"b\":2}".getBytes(StandardCharsets.UTF_8);
			default -> {
				byte[] bytes = new byte[between(1, 200)];
				random.nextBytes(bytes);
				yield bytes;
			}
		};
	}

	/** An NDJSON body of hostile lines: broken JSON, wrong kinds and types, NUL, invalid UTF-8, long lines. */
	byte[] ndjson(tools.jackson.databind.json.JsonMapper json, List<String> kinds) {
		java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
		int lines = between(1, 12);
		for (int i = 0; i < lines; i++) {
			byte[] line = switch (random.nextInt(5)) {
				case 0 -> brokenBody();
				case 1 -> {
					java.util.Map<String, Object> record = new java.util.LinkedHashMap<>();
					record.put("kind", chance(80) ? pick(kinds) : string());
					for (String field : List.of("id", "name", "stage", "local", "share", "from", "to", "enterprise",
							"link", "clusters", "tags", "revenue", "signed", "cluster", "supplier", "buyer")) {
						if (chance(50)) {
							record.put(field, jsonValue(0));
						}
					}
					yield json.writeValueAsBytes(record);
				}
				default -> ("{\"kind\":\"" + pick(kinds) + "\",\"id\":" + quoted(string()) + ",\"name\":" + quoted(string())
						+ ",\"stage\":\"UPSTREAM\",\"local\":true,\"share\":" + pick(List.of("2", "-1", "NaN", "0.5", "1e999", "\"x\""))
						+ "}").getBytes(StandardCharsets.UTF_8);
			};
			out.writeBytes(line);
			out.write('\n');
		}
		return out.toByteArray();
	}

	private static String quoted(String s) {
		StringBuilder b = new StringBuilder("\"");
		s.codePoints().forEach(c -> {
			if (c == '"' || c == '\\') {
				b.append('\\').appendCodePoint(c);
			}
			else if (c < 0x20) {
				b.append(String.format("\\u%04x", c));
			}
			else {
				b.appendCodePoint(c);
			}
		});
		return b.append('"').toString();
	}

	private String randomCodePoints(int n) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < n; i++) {
			int c = switch (random.nextInt(4)) {
				case 0 -> random.nextInt(0x80);
				case 1 -> 0x4E00 + random.nextInt(0x5000);
				case 2 -> 0x1F300 + random.nextInt(0x300);
				default -> random.nextInt(0xFFFF);
			};
			b.appendCodePoint(c);
		}
		return b.toString();
	}
}
