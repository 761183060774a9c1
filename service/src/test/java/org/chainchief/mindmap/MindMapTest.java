package org.chainchief.mindmap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chainchief.mindmap.MindMapFormats.elements;
import static org.chainchief.mindmap.MindMapFormats.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.imageio.ImageIO;

import org.chainchief.FixtureTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;

/**
 * The mind map on {@code fixtures/mindmap/hostile.ndjson}: names with {@code <>&"()[]{}} and line breaks in the
 * cluster, a link (and its id), an enterprise, a project, a team, a target and a measure. 51 nodes (counted by
 * hand in the comments), the same in every format.
 */
class MindMapTest extends FixtureTest {

	private static final String HOSTILE = "A<>&\"()[]{}\n换行";

	private static final String URI = "/api/v1/clusters/hostile/mindmap";

	@BeforeEach
	void fixture() {
		load("mindmap/hostile.ndjson");
	}

	@Test
	void jsonTreeWithItsBranchesAndFigures() {
		JsonNode root = getJson(URI);
		assertThat(root.get("id").asString()).isEqualTo("cluster:hostile");
		assertThat(root.get("kind").asString()).isEqualTo("CLUSTER");
		assertThat(root.get("label").asString()).isEqualTo("链<>&\"()[]{}\n第二行");
		assertThat(ids(root.get("children"))).containsExactly("baseline", "chain", "targets", "measures", "lists");
		// root 1 + baseline 15 + chain 23 + targets 2 + measures 2 + lists 8
		assertThat(flatten(root)).hasSize(51);
		assertThat(new HashSet<>(flatten(root).stream().map(n -> n.get("id").asString()).toList())).hasSize(51);

		JsonNode baseline = root.get("children").get(0);
		assertThat(ids(baseline.get("children"))).containsExactly("baseline.local", "baseline.aboveScale",
				"baseline.head", "baseline.revenue", "baseline.completeness", "baseline.missing", "baseline.weak",
				"baseline.strong", "baseline.chokepoints");
		assertThat(value(baseline, "baseline.local")).isEqualTo(14); // E00..E11, E-h, E-sub
		assertThat(value(baseline, "baseline.aboveScale")).isEqualTo(11); // revenue ≥ 2000: E01..E11
		assertThat(value(baseline, "baseline.head")).isEqualTo(1);
		assertThat(value(baseline, "baseline.revenue")).isEqualTo(78500); // 1000·(1+…+12) + 500
		JsonNode revenue = child(baseline, "baseline.revenue");
		assertThat(revenue.get("label").asString()).isEqualTo("本地营收 7.85 亿元");
		assertThat(revenue.get("children").get(0).get("data").get("value").asDouble()).isEqualTo(4000); // E03 in wafer
		assertThat(revenue.get("children").get(1).get("data").get("value").asDouble()).isEqualTo(78500);
		assertThat(revenue.get("children").get(2).get("data").get("value").asDouble()).isZero();
		assertThat(child(baseline, "baseline.completeness").get("data").get("value").asDouble()).isEqualTo(0.8);
		assertThat(value(baseline, "baseline.missing")).isEqualTo(1); // pack
		assertThat(value(baseline, "baseline.weak")).isEqualTo(3); // wafer, x, fab.12
		assertThat(value(baseline, "baseline.strong")).isEqualTo(1); // fab
		// wafer: declared (and HHI 0.36); pack: 95 % share
		assertThat(ids(child(baseline, "baseline.chokepoints").get("children")))
			.containsExactlyInAnyOrder("baseline.chokepoints/link:h.wafer", "baseline.chokepoints/link:h.pack");

		JsonNode chain = root.get("children").get(1);
		assertThat(ids(chain.get("children"))).containsExactly("chain.UPSTREAM", "chain.MIDSTREAM", "chain.DOWNSTREAM");
		JsonNode mid = chain.get("children").get(1);
		JsonNode fab = child(mid, "link:h.fab");
		assertThat(fab.get("status").asString()).isEqualTo("STRONG");
		assertThat(fab.get("data").get("localCount").asLong()).isEqualTo(12);
		List<String> fabChildren = ids(fab.get("children"));
		// the sub-link first, then the 10 largest by revenue, then +2
		assertThat(fabChildren.get(0)).isEqualTo("link:h.fab.12");
		assertThat(fabChildren.subList(1, 4)).containsExactly("link:h.fab/enterprise:E11", "link:h.fab/enterprise:E10",
				"link:h.fab/enterprise:E09");
		assertThat(fabChildren).hasSize(12).last().isEqualTo("link:h.fab/more");
		assertThat(child(fab, "link:h.fab/more").get("label").asString()).isEqualTo("+2 家");
		assertThat(child(fab, "link:h.fab.12").get("children").get(0).get("label").asString()).isEqualTo("子环节企业");
		JsonNode hostile = child(mid, "link:h.x<>&\"()[]{}");
		assertThat(hostile.get("label").asString()).isEqualTo(HOSTILE);
		assertThat(hostile.get("status").asString()).isEqualTo("WEAK");
		JsonNode pack = child(chain.get("children").get(2), "link:h.pack");
		assertThat(pack.get("status").asString()).isEqualTo("MISSING");
		assertThat(pack.get("data").get("chokepoint").asBoolean()).isTrue();
		assertThat(pack.get("data").get("chokepointReasons").get(0).asString()).isEqualTo("MONOPOLY_SHARE");
		assertThat(pack.get("data").get("score").asDouble()).isPositive();

		JsonNode targets = root.get("children").get(2);
		assertThat(targets.get("children").get(0).get("label").asString()).isEqualTo("产值 \"翻番\"：100 亿元（2027年）");
		JsonNode lists = root.get("children").get(4);
		assertThat(ids(lists.get("children"))).containsExactly("lists.recruits", "lists.teams", "lists.projects");
		JsonNode recruits = lists.get("children").get(0).get("children");
		assertThat(ids(recruits)).containsExactlyInAnyOrder("recruit:O-1", "recruit:O-2");
		JsonNode big = child(lists.get("children").get(0), "recruit:O-1");
		assertThat(big.get("data").get("reason").asString()).isEqualTo("补 封装测试（缺链）");
		JsonNode project = lists.get("children").get(2).get("children").get(0);
		assertThat(project.get("status").asString()).isEqualTo("LANDED");
		assertThat(project.get("data").get("landed").asString()).isEqualTo("2026-03-01");
	}

	@Test
	void everyFormatCarriesTheSameNodesAndEscapesNames() throws IOException {
		JsonNode root = getJson(URI);
		List<JsonNode> nodes = flatten(root);
		Set<String> ids = new HashSet<>(nodes.stream().map(n -> n.get("id").asString()).toList());
		List<String> labels = nodes.stream().map(n -> n.get("label").asString()).toList();

		// XMind: zip with the three files; content.json a sheet whose rootTopic tree has every node
		Map<String, byte[]> xmind = MindMapFormats.unzip(download("xmind", "application/vnd.xmind.workbook"));
		assertThat(xmind).containsKeys("content.json", "metadata.json", "manifest.json", "content.xml");
		assertThat(MindMapFormats.xmindTitles(xmind.get("content.json"))).containsExactlyElementsOf(labels);
		JsonNode sheet = MindMapFormats.JSON.readTree(xmind.get("content.json")).get(0);
		assertThat(sheet.get("class").asString()).isEqualTo("sheet");
		assertThat(MindMapFormats.JSON.readTree(xmind.get("manifest.json")).get("file-entries").has("content.json")).isTrue();
		assertThat(elements(xml(xmind.get("content.xml")), "topic")).hasSize(nodes.size());
		String packMarkers = findTopic(sheet.get("rootTopic"), "封装测试").get(0).get("markers").toString();
		assertThat(packMarkers).contains("priority-1", "flag-red");
		assertThat(findTopic(sheet.get("rootTopic"), "封装测试").get(0).get("notes").get("plain").get("content").asString())
			.contains("本地企业数：0");

		// FreeMind: one node per tree node, texts exact (the newline survives as &#10;)
		Document mm = xml(download("mm", "application/x-freemind"));
		assertThat(mm.getDocumentElement().getAttribute("version")).isEqualTo("1.0.1");
		assertThat(elements(mm, "node").stream().map(e -> e.getAttribute("TEXT")).toList()).containsExactlyElementsOf(labels);

		// OPML 2.0
		Document opml = xml(download("opml", "text/x-opml"));
		assertThat(opml.getDocumentElement().getAttribute("version")).isEqualTo("2.0");
		List<Element> outlines = elements(opml, "outline");
		assertThat(outlines.stream().map(e -> e.getAttribute("text")).toList()).containsExactlyElementsOf(labels);
		assertThat(outlines.stream().map(e -> e.getAttribute("_id")).toList()).containsExactlyInAnyOrderElementsOf(ids);

		// SVG: one node group per tree node, by id
		Document svg = xml(download("svg", "image/svg+xml"));
		List<String> svgIds = elements(svg, "g").stream().filter(g -> g.getAttribute("class").equals("node"))
			.map(g -> g.getAttribute("data-id")).toList();
		assertThat(svgIds).containsExactlyInAnyOrderElementsOf(ids);

		// line formats
		String md = new String(download("md", "text/markdown"), StandardCharsets.UTF_8);
		assertThat(MindMapFormats.markdownNodes(md)).isEqualTo(nodes.size());
		assertThat(md).contains("A\\<\\>\\&\\\"\\(\\)\\[\\]\\{\\} 换行");
		String mermaid = new String(download("mermaid", "text/vnd.mermaid"), StandardCharsets.UTF_8);
		assertThat(MindMapFormats.mermaidNodes(mermaid)).hasSize(nodes.size());
		assertThat(mermaid).contains("A<>&#quot;()[]{} 换行");
		String dot = new String(download("dot", "text/vnd.graphviz"), StandardCharsets.UTF_8);
		Map<String, String> dotNodes = MindMapFormats.dotNodes(dot);
		assertThat(dotNodes.keySet()).containsExactlyInAnyOrderElementsOf(ids);
		assertThat(dotNodes.get("link:h.x<>&\"()[]{}")).startsWith(HOSTILE);
		assertThat(MindMapFormats.dotEdges(dot)).isEqualTo(nodes.size() - 1);

		// PNG decodes
		var png = ImageIO.read(new ByteArrayInputStream(download("png", "image/png")));
		assertThat(png).isNotNull();
		assertThat(png.getWidth()).isGreaterThan(400);
		assertThat(png.getHeight()).isGreaterThan(300);
	}

	@Test
	void formatByAcceptAndChineseFileName() {
		EntityExchangeResult<byte[]> result = web.get()
			.uri(URI)
			.accept(MediaType.parseMediaType("application/x-freemind"))
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType("application/x-freemind")
			.expectBody()
			.returnResult();
		String disposition = result.getResponseHeaders().getFirst("Content-Disposition");
		// 链<>&"()[]{}⏎第二行 → 链__&_()[]{}_第二行 (characters file systems refuse become _)
		assertThat(disposition).isEqualTo("attachment; filename=\"mindmap-hostile.mm\"; filename*=UTF-8''"
				+ "%E9%93%BE__&_%28%29%5B%5D%7B%7D_%E7%AC%AC%E4%BA%8C%E8%A1%8C-%E6%80%9D%E7%BB%B4%E5%AF%BC%E5%9B%BE.mm");
		// no Accept, or */*: JSON
		web.get().uri(URI).exchange().expectStatus().isOk().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		web.get().uri(URI).accept(MediaType.ALL).exchange().expectHeader().contentTypeCompatibleWith(MediaType.APPLICATION_JSON);
		web.get().uri(URI + "?format=svg").accept(MediaType.APPLICATION_JSON).exchange().expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType("image/svg+xml"));
	}

	@Test
	void badFormatsAndOptionsAreProblems() {
		JsonNode unknown = getProblem(URI + "?format=docx", 400);
		assertThat(unknown.get("errors").get(0).get("field").asString()).isEqualTo("format");
		JsonNode notAcceptable = json(web.get().uri(URI).accept(MediaType.parseMediaType("text/csv")).exchange()
			.expectStatus().isEqualTo(406).expectBody().returnResult().getResponseBody());
		assertThat(notAcceptable.get("errors").get(0).get("field").asString()).isEqualTo("format");
		assertThat(getProblem(URI + "?enterprises=101", 400).get("errors").get(0).get("field").asString())
			.isEqualTo("enterprises");
		assertThat(getProblem(URI + "?recruits=0", 400).get("errors").get(0).get("field").asString()).isEqualTo("recruits");
		getProblem("/api/v1/clusters/nope/mindmap", 404);
		// enterprises=0: only the "+N" nodes
		JsonNode fab = child(getJson(URI + "?enterprises=0").get("children").get(1).get("children").get(1), "link:h.fab");
		assertThat(ids(fab.get("children"))).containsExactly("link:h.fab.12", "link:h.fab/more");
	}

	private byte[] download(String format, String mediaType) {
		return web.get()
			.uri(URI + "?format=" + format)
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentTypeCompatibleWith(MediaType.parseMediaType(mediaType))
			.expectHeader()
			.valueMatches("Content-Disposition", "attachment; filename=\"mindmap-hostile\\.[a-z]+\"; filename\\*=UTF-8''.+")
			.expectBody()
			.returnResult()
			.getResponseBody();
	}

	static List<JsonNode> flatten(JsonNode node) {
		List<JsonNode> all = new ArrayList<>();
		all.add(node);
		for (JsonNode c : node.get("children")) {
			all.addAll(flatten(c));
		}
		return all;
	}

	private static List<JsonNode> findTopic(JsonNode topic, String title) {
		List<JsonNode> found = new ArrayList<>();
		if (topic.get("title").asString().equals(title)) {
			found.add(topic);
		}
		for (JsonNode c : topic.path("children").path("attached")) {
			found.addAll(findTopic(c, title));
		}
		return found;
	}

	private static List<String> ids(JsonNode nodes) {
		List<String> ids = new ArrayList<>();
		nodes.forEach(n -> ids.add(n.get("id").asString()));
		return ids;
	}

	private static JsonNode child(JsonNode node, String id) {
		for (JsonNode c : node.get("children")) {
			if (c.get("id").asString().equals(id)) {
				return c;
			}
		}
		throw new AssertionError("no child " + id + " in " + ids(node.get("children")));
	}

	private static double value(JsonNode node, String id) {
		return child(node, id).get("data").get("value").asDouble();
	}
}
