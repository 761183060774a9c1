package org.chainchief.panorama;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.chainchief.model.Stage;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/** The panorama drawing without a database: cycles, edges against the stage order, sub-links, long names. */
class PanoramaSvgTest {

	@Test
	void cyclesAndBackwardEdgesAreDrawnAndBoxesDoNotOverlap() {
		List<Panorama.Box> boxes = new ArrayList<>();
		List<Panorama.Feed> feeds = new ArrayList<>();
		String[] status = { "MISSING", "WEAK", "STRONG" };
		for (Stage stage : Stage.values()) {
			for (int i = 0; i < 4; i++) {
				String id = stage.name().charAt(0) + "" + i;
				boxes.add(new Panorama.Box(id, i == 1 ? "很长的环节名称需要换行显示 with Latin words" : "环节" + id, stage,
						status[(i + stage.ordinal()) % 3], i == 2, i * 3, null));
			}
		}
		boxes.add(new Panorama.Box("M0.sub", "子环节", Stage.MIDSTREAM, "WEAK", false, 1, "M0"));
		for (int i = 0; i < 4; i++) {
			feeds.add(new Panorama.Feed("U" + i, "M" + i));
			feeds.add(new Panorama.Feed("M" + i, "D" + (3 - i)));
		}
		feeds.add(new Panorama.Feed("D0", "U3")); // against the stage order, closing the cycle U3 → M3 → D0 → U3
		feeds.add(new Panorama.Feed("M3", "M1")); // within a stage
		feeds.add(new Panorama.Feed("M1", "M3")); // and back: a 2-cycle
		PanoramaSvg.Drawing drawing = PanoramaSvg.draw(new Panorama("c", "测试链", LocalDate.of(2026, 12, 1), boxes, feeds));
		Document svg = PanoramaTest.parse(drawing.svg().getBytes(StandardCharsets.UTF_8));
		PanoramaTest.assertBoxes(svg, boxes.stream().map(Panorama.Box::id).toList(), feeds.size());
		assertThat(svg.getDocumentElement().getTextContent()).contains("数据日期 2026-12-01");
		// three components (U0-M0-D3, U2-M2-D1 and the rest) still share the stage columns, left to right
		List<double[]> columns = PanoramaTest.groups(svg, "stage").stream().map(g -> {
			var r = (org.w3c.dom.Element) g.getElementsByTagNameNS("*", "rect").item(0);
			double x = Double.parseDouble(r.getAttribute("x"));
			return new double[] { x, x + Double.parseDouble(r.getAttribute("width")) };
		}).toList();
		assertThat(columns).hasSize(3);
		assertThat(columns.get(0)[1]).isLessThanOrEqualTo(columns.get(1)[0]);
		assertThat(columns.get(1)[1]).isLessThanOrEqualTo(columns.get(2)[0]);
	}
}
