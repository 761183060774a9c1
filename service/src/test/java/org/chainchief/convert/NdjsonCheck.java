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

	/** Parses and checks every line; fails the test listing the first lines that break the contract. */
	static NdjsonCheck of(List<String> lines) {
		NdjsonCheck check = new NdjsonCheck();
		TYPES.keySet().forEach(kind -> check.counts.put(kind, 0));
		Validator validator = VALIDATION.getValidator();
		List<String> order = new ArrayList<>(TYPES.keySet());
		Map<Class<?>, List<String>> fieldNames = new HashMap<>();
		TYPES.values()
			.forEach(type -> fieldNames.put(type,
					Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList()));
		List<String> problems = new ArrayList<>();
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
			List<String> names = node.isObject() ? new ArrayList<>(node.propertyNames()) : List.of();
			Class<? extends Record> type = names.isEmpty() || !names.get(0).equals("kind") ? null
					: TYPES.get(node.get("kind").asString());
			if (type == null) {
				problems.add("not an object with a known kind first: " + where);
				continue;
			}
			String kind = node.get("kind").asString();
			if (order.indexOf(kind) < rank) {
				problems.add("kind out of order: " + where);
			}
			rank = Math.max(rank, order.indexOf(kind));
			if (!names.subList(1, names.size()).equals(fieldNames.get(type))) {
				problems.add("fields are not exactly " + fieldNames.get(type) + ": " + where);
			}
			ObjectNode fields = ((ObjectNode) node).deepCopy();
			fields.remove("kind");
			Record record = JSON.treeToValue(fields, type);
			Set<ConstraintViolation<Record>> violations = validator.validate(record);
			if (!violations.isEmpty()) {
				problems.add("invalid " + violations.iterator().next().getPropertyPath() + " "
						+ violations.iterator().next().getMessage() + ": " + where);
			}
			check.counts.merge(kind, 1, Integer::sum);
			if (record instanceof ClusterRecord c) {
				once(keys, "cluster " + c.id(), where, problems);
				clusterIds.add(c.id());
				check.clusters.add(c);
			}
			else if (record instanceof LinkRecord l) {
				once(keys, "link " + l.id(), where, problems);
				if (l.clusters() == null || l.clusters().isEmpty() || !clusterIds.containsAll(l.clusters())) {
					problems.add("clusters empty or not emitted before: " + where);
				}
				if (l.parent() != null && !linkIds.contains(l.parent())) {
					problems.add("parent not emitted before: " + where);
				}
				linkIds.add(l.id());
				check.links.add(l);
			}
			else if (record instanceof FeedsRecord f) {
				once(keys, "feeds " + f.from() + " " + f.to(), where, problems);
				if (!linkIds.contains(f.from()) || !linkIds.contains(f.to()) || f.from().equals(f.to())) {
					problems.add("feeds not between two emitted links: " + where);
				}
				check.feeds.add(f);
			}
			else if (record instanceof EnterpriseRecord e) {
				once(keys, "enterprise " + e.id(), where, problems);
				enterpriseIds.add(e.id());
				check.enterprises.add(e);
			}
			else if (record instanceof OperatesRecord o) {
				once(keys, "operates " + o.enterprise() + " " + o.link(), where, problems);
				if (!enterpriseIds.contains(o.enterprise()) || !linkIds.contains(o.link())) {
					problems.add("operates not between an emitted enterprise and link: " + where);
				}
				check.operates.add(o);
			}
			else if (record instanceof SuppliesRecord s) {
				once(keys, "supplies " + s.supplier() + " " + s.buyer() + " " + s.link(), where, problems);
				if (!enterpriseIds.contains(s.supplier()) || !enterpriseIds.contains(s.buyer())
						|| !linkIds.contains(s.link())) {
					problems.add("supplies not between emitted records: " + where);
				}
			}
		}
		assertThat(problems.subList(0, Math.min(20, problems.size())))
			.as(problems.size() + " lines break the import contract; the first 20")
			.isEmpty();
		return check;
	}

	private static void once(Set<String> keys, String key, String where, List<String> problems) {
		if (!keys.add(key)) {
			problems.add("record emitted twice: " + where);
		}
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
