package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.SuppliesRecord;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads converter output the way the import will and checks the contract: every line a JSON object with
 * {@code kind} first and exactly the fields of its record (in declaration order), valid under the records'
 * constraints, kinds in output order, each record once, and every reference pointing at an emitted record (a
 * parent before its sub-links).
 */
final class NdjsonCheck {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final ValidatorFactory VALIDATION = Validation.buildDefaultValidatorFactory();

	private static final Map<String, Class<? extends Record>> TYPES = new LinkedHashMap<>();

	static {
		TYPES.put("cluster", ClusterRecord.class);
		TYPES.put("link", LinkRecord.class);
		TYPES.put("feeds", FeedsRecord.class);
		TYPES.put("enterprise", EnterpriseRecord.class);
		TYPES.put("operates", OperatesRecord.class);
		TYPES.put("supplies", SuppliesRecord.class);
	}

	final Map<String, Integer> counts = new LinkedHashMap<>();

	final List<ClusterRecord> clusters = new ArrayList<>();

	final List<LinkRecord> links = new ArrayList<>();

	final List<FeedsRecord> feeds = new ArrayList<>();

	final List<EnterpriseRecord> enterprises = new ArrayList<>();

	final List<OperatesRecord> operates = new ArrayList<>();

	/** Parses and checks every line; fails the test at the first line that breaks the contract. */
	static NdjsonCheck of(List<String> lines) {
		NdjsonCheck check = new NdjsonCheck();
		TYPES.keySet().forEach(kind -> check.counts.put(kind, 0));
		Validator validator = VALIDATION.getValidator();
		List<String> order = new ArrayList<>(TYPES.keySet());
		int rank = 0;
		Set<String> keys = new HashSet<>();
		Set<String> linkIds = new HashSet<>();
		Set<String> clusterIds = new HashSet<>();
		Set<String> enterpriseIds = new HashSet<>();
		int number = 0;
		for (String line : lines) {
			number++;
			String where = "line " + number + ": " + line;
			JsonNode node = JSON.readTree(line);
			assertThat(node.isObject()).as(where).isTrue();
			List<String> names = new ArrayList<>(node.propertyNames());
			assertThat(names).as(where).isNotEmpty();
			assertThat(names.get(0)).as(where).isEqualTo("kind");
			String kind = node.get("kind").asString();
			Class<? extends Record> type = TYPES.get(kind);
			assertThat(type).as(where).isNotNull();
			assertThat(order.indexOf(kind)).as("kinds in output order, " + where).isGreaterThanOrEqualTo(rank);
			rank = order.indexOf(kind);
			assertThat(names.subList(1, names.size())).as(where)
				.containsExactlyElementsOf(Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList());
			ObjectNode fields = ((ObjectNode) node).deepCopy();
			fields.remove("kind");
			Record record = JSON.treeToValue(fields, type);
			Set<ConstraintViolation<Record>> violations = validator.validate(record);
			assertThat(violations).as(where).isEmpty();
			check.counts.merge(kind, 1, Integer::sum);
			if (record instanceof ClusterRecord c) {
				assertThat(keys.add("cluster " + c.id())).as("once: " + where).isTrue();
				clusterIds.add(c.id());
				check.clusters.add(c);
			}
			else if (record instanceof LinkRecord l) {
				assertThat(keys.add("link " + l.id())).as("once: " + where).isTrue();
				assertThat(l.clusters()).as(where).isNotEmpty();
				assertThat(clusterIds.containsAll(l.clusters())).as("clusters resolve: " + where).isTrue();
				if (l.parent() != null) {
					assertThat(linkIds.contains(l.parent())).as("parent emitted before: " + where).isTrue();
				}
				linkIds.add(l.id());
				check.links.add(l);
			}
			else if (record instanceof FeedsRecord f) {
				assertThat(keys.add("feeds " + f.from() + " " + f.to())).as("once: " + where).isTrue();
				assertThat(linkIds.contains(f.from()) && linkIds.contains(f.to())).as("feeds resolve: " + where).isTrue();
				assertThat(f.from()).as(where).isNotEqualTo(f.to());
				check.feeds.add(f);
			}
			else if (record instanceof EnterpriseRecord e) {
				assertThat(keys.add("enterprise " + e.id())).as("once: " + where).isTrue();
				enterpriseIds.add(e.id());
				check.enterprises.add(e);
			}
			else if (record instanceof OperatesRecord o) {
				assertThat(keys.add("operates " + o.enterprise() + " " + o.link())).as("once: " + where).isTrue();
				assertThat(enterpriseIds.contains(o.enterprise())).as("enterprise resolves: " + where).isTrue();
				assertThat(linkIds.contains(o.link())).as("link resolves: " + where).isTrue();
				check.operates.add(o);
			}
			else if (record instanceof SuppliesRecord s) {
				assertThat(keys.add("supplies " + s.supplier() + " " + s.buyer() + " " + s.link())).as("once: " + where)
					.isTrue();
				assertThat(enterpriseIds.contains(s.supplier()) && enterpriseIds.contains(s.buyer())).as(where).isTrue();
				assertThat(linkIds.contains(s.link())).as(where).isTrue();
			}
		}
		return check;
	}

	Map<String, Long> stages() {
		Map<String, Long> stages = new HashMap<>();
		links.forEach(l -> stages.merge(l.stage().name(), 1L, Long::sum));
		return stages;
	}

	long linksWithParent() {
		return links.stream().filter(l -> l.parent() != null).count();
	}
}
