package org.chainchief.convert;

import static org.chainchief.model.Stage.DOWNSTREAM;
import static org.chainchief.model.Stage.MIDSTREAM;
import static org.chainchief.model.Stage.UPSTREAM;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.apache.commons.csv.CSVRecord;
import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Stage;

/**
 * eto-chip-explorer (ETO / CSET Advanced Semiconductor Supply Chain Dataset, CC BY-NC 4.0).
 * <ul>
 * <li>One cluster {@code eto.semiconductor}.</li>
 * <li>Each input → a link {@code eto.<input_id>} named by CSET's input name; {@code goes_into} → feeds,
 * {@code is_type_of} → parent.</li>
 * <li>Stage from CSET's stages: S1 design → UPSTREAM, S2 fabrication → MIDSTREAM, S3 assembly, test and packaging
 * → DOWNSTREAM. Only the process inputs carry a stage_id; the others take, in this order, the stage of their
 * {@code is_type_of} parent, the earliest stage of what they go into, the latest stage of what goes into them,
 * else MIDSTREAM (reported).</li>
 * <li>Organisation providers → enterprises {@code eto.<provider_id>} (country from the data; alias rows merged
 * into one enterprise). "Various …" placeholders and country providers are not enterprises (reported).</li>
 * <li>Provision → operates, share = share_provided / 100 from the latest year per provider and input (blank →
 * no share). Rows providing a whole stage (S1..S3, country shares) are skipped (reported).</li>
 * </ul>
 */
final class EtoConverter implements Converter {

	static final String CLUSTER = "eto.semiconductor";

	static final Map<String, Stage> STAGES = Map.of("S1", UPSTREAM, "S2", MIDSTREAM, "S3", DOWNSTREAM);

	private static final class Provider {

		final String id;

		final String name;

		final String type;

		final String country;

		final Set<String> aliases = new LinkedHashSet<>();

		Provider(String id, String name, String type, String country) {
			this.id = id;
			this.name = name;
			this.type = type;
			this.country = country;
		}

		boolean placeholder() {
			return name.toLowerCase(Locale.ROOT).startsWith("various");
		}

		boolean country() {
			return "country".equalsIgnoreCase(type);
		}

		boolean organization() {
			return "organization".equalsIgnoreCase(type) || "organisation".equalsIgnoreCase(type);
		}
	}

	private record Provision(String provider, String input, int year, String share, long row) {
	}

	private final Map<String, CSVRecord> inputs = new LinkedHashMap<>();

	private final Map<String, String> parents = new LinkedHashMap<>();

	private final Map<String, List<String>> goesInto = new LinkedHashMap<>();

	private final Map<String, List<String>> fedBy = new LinkedHashMap<>();

	@Override
	public void convert(Path dir, Locality locality, RecordSet out, Report report, Progress progress)
			throws IOException {
		String set = "eto-chip-explorer";
		Path inputsFile = Sources.require(dir, set, "inputs.csv");
		Path providersFile = Sources.require(dir, set, "providers.csv");
		Path provisionFile = Sources.require(dir, set, "provision.csv");
		Path sequenceFile = Sources.require(dir, set, "sequence.csv");
		progress.phase("reading inputs.csv");
		for (CSVRecord row : Sources.readCsv(inputsFile, "input_id", "input_name", "stage_id", "description")) {
			String id = get(row, "input_id");
			if (id.isEmpty() || get(row, "input_name").isEmpty()) {
				report.skip("input without an id or a name (not converted)", "inputs.csv row " + row.getRecordNumber());
			}
			else if (inputs.putIfAbsent(id, row) != null) {
				report.skip("input_id listed twice (first kept)", id);
			}
		}
		progress.phase("reading sequence.csv");
		List<FeedsRecord> feeds = new ArrayList<>();
		for (CSVRecord row : Sources.readCsv(sequenceFile, "input_id", "goes_into_id", "is_type_of_id")) {
			sequence(row, feeds, report);
		}
		out.add(new ClusterRecord(CLUSTER, "半导体供应链（ETO/CSET）", "Advanced semiconductor supply chain (ETO/CSET)",
				null, "Emerging Technology Observatory (CSET), Advanced Semiconductor Supply Chain Dataset, "
						+ "CC BY-NC 4.0: non-commercial use only."));
		Map<String, Integer> how = new LinkedHashMap<>();
		for (CSVRecord input : inputs.values()) {
			String id = get(input, "input_id");
			String[] derivation = new String[1];
			Stage stage = stage(id, derivation);
			if (stage == null) {
				stage = MIDSTREAM;
				derivation[0] = "default MIDSTREAM";
				report.skip("input whose stage cannot be derived (MIDSTREAM used)", id + " " + get(input, "input_name"));
			}
			how.merge(derivation[0], 1, Integer::sum);
			String parent = parents.get(id);
			String description = get(input, "description");
			out.add(new LinkRecord("eto." + id, Sources.squeeze(get(input, "input_name")), null, stage, List.of(CLUSTER),
					parent == null ? null : "eto." + parent, null, description.isEmpty() ? null : description));
		}
		report.note("stage of the " + inputs.size() + " inputs: " + how.entrySet()
			.stream()
			.map(e -> e.getValue() + " " + e.getKey())
			.reduce((a, b) -> a + ", " + b)
			.orElse("none"));
		feeds.forEach(out::add);
		progress.phase("reading providers.csv");
		Map<String, Provider> providers = providers(Sources.readCsv(providersFile, "provider_name", "provider_id",
				"provider_type", "country"), report);
		Set<String> matched = new HashSet<>();
		for (Provider p : providers.values()) {
			if (!p.organization() || p.placeholder()) {
				continue;
			}
			boolean local = p.country.equals(locality.country());
			if (local) {
				matched.add(p.id);
			}
			out.add(new EnterpriseRecord("eto." + p.id, p.name, null, local, null, p.country.isEmpty() ? null : p.country,
					null, null, null, null, null,
					p.aliases.isEmpty() ? null : "Also known as: " + String.join("; ", p.aliases)));
		}
		if (locality.country() != null && matched.isEmpty()) {
			report.skip("--local-country: no organisation of that country", locality.country());
		}
		progress.phase("reading provision.csv");
		Map<String, Provision> latest = new LinkedHashMap<>();
		for (CSVRecord row : Sources.readCsv(provisionFile, "provider_id", "provided_id", "share_provided", "year")) {
			provision(row, providers, latest, report);
		}
		for (Provision p : latest.values()) {
			out.add(new OperatesRecord("eto." + p.provider(), "eto." + p.input(), share(p, report)));
		}
	}

	private void sequence(CSVRecord row, List<FeedsRecord> feeds, Report report) {
		String id = get(row, "input_id");
		String where = "sequence.csv row " + row.getRecordNumber() + " (" + id + ")";
		if (!inputs.containsKey(id)) {
			report.skip("sequence row of an unknown input (not converted)", where);
			return;
		}
		String target = get(row, "goes_into_id");
		if (!target.isEmpty()) {
			if (!inputs.containsKey(target)) {
				report.skip("goes_into an unknown input (not converted)", where + " → " + target);
			}
			else {
				feeds.add(new FeedsRecord("eto." + id, "eto." + target));
				goesInto.computeIfAbsent(id, k -> new ArrayList<>()).add(target);
				fedBy.computeIfAbsent(target, k -> new ArrayList<>()).add(id);
			}
		}
		String type = get(row, "is_type_of_id");
		if (!type.isEmpty()) {
			if (!inputs.containsKey(type) || type.equals(id)) {
				report.skip("is_type_of an unknown input or itself (not converted)", where + " → " + type);
			}
			else {
				String existing = parents.putIfAbsent(id, type);
				if (existing != null && !existing.equals(type)) {
					report.skip("input with several is_type_of parents (first kept)", id + " → " + type);
				}
			}
		}
	}

	/** The stage of an input (see the class comment), or null when nothing in the data tells. */
	private Stage stage(String id, String[] how) {
		Stage own = STAGES.get(get(inputs.get(id), "stage_id"));
		if (own != null) {
			how[0] = "from stage_id";
			return own;
		}
		Stage derived = derived(id, new HashSet<>());
		if (derived != null) {
			how[0] = parents.containsKey(id) && derived(parents.get(id), new HashSet<>(Set.of(id))) == derived
					? "from is_type_of parent" : "from goes_into target";
			return derived;
		}
		Stage latest = null;
		for (String feeder : fedBy.getOrDefault(id, List.of())) {
			Stage s = derived(feeder, new HashSet<>());
			if (s != null && (latest == null || s.compareTo(latest) > 0)) {
				latest = s;
			}
		}
		how[0] = "from the inputs going into it";
		return latest;
	}

	/** Own stage, else the parent's, else the earliest of the goes_into targets'; null if none. */
	private Stage derived(String id, Set<String> visiting) {
		if (!visiting.add(id)) {
			return null;
		}
		Stage own = STAGES.get(get(inputs.get(id), "stage_id"));
		if (own != null) {
			return own;
		}
		String parent = parents.get(id);
		if (parent != null) {
			Stage s = derived(parent, visiting);
			if (s != null) {
				return s;
			}
		}
		Stage earliest = null;
		for (String target : goesInto.getOrDefault(id, List.of())) {
			Stage s = derived(target, visiting);
			if (s != null && (earliest == null || s.compareTo(earliest) < 0)) {
				earliest = s;
			}
		}
		return earliest;
	}

	private static Map<String, Provider> providers(List<CSVRecord> rows, Report report) {
		Map<String, Provider> providers = new LinkedHashMap<>();
		for (CSVRecord row : rows) {
			String id = get(row, "provider_id");
			String name = Sources.squeeze(get(row, "provider_name"));
			if (id.isEmpty() || name.isEmpty()) {
				report.skip("provider without an id or a name (not converted)", "providers.csv row " + row.getRecordNumber());
				continue;
			}
			Provider p = providers.get(id);
			if (p == null) {
				p = new Provider(id, name, get(row, "provider_type"),
						get(row, "country").toUpperCase(Locale.ROOT));
				providers.put(id, p);
				if (p.placeholder()) {
					report.skip("placeholder provider \"Various …\" (not an enterprise)", id + " " + name);
				}
				else if (p.country()) {
					report.skip("country provider (not an enterprise)", id + " " + name);
				}
				else if (!p.organization()) {
					report.skip("provider of unknown type (not converted)", id + " " + name + " " + p.type);
				}
			}
			else {
				String alias = get(row, "alias");
				report.skip("provider listed again, e.g. under an alias (merged)",
						id + " " + name + (alias.isEmpty() ? " (row without alias)" : " (alias " + alias + ")"));
			}
			String alias = Sources.squeeze(get(row, "alias"));
			if (!alias.isEmpty() && !alias.equals(p.name)) {
				p.aliases.add(alias);
			}
		}
		return providers;
	}

	private void provision(CSVRecord row, Map<String, Provider> providers, Map<String, Provision> latest,
			Report report) {
		String providerId = get(row, "provider_id");
		String input = get(row, "provided_id");
		String example = "provision.csv row " + row.getRecordNumber() + " (" + providerId + " "
				+ get(row, "provider_name") + " → " + input + ")";
		Provider provider = providers.get(providerId);
		if (provider == null) {
			report.skip("provision by an unknown provider (not converted)", example);
		}
		else if (provider.placeholder()) {
			report.skip("provision by a placeholder provider \"Various …\" (not converted)", example);
		}
		else if (STAGES.containsKey(input)) {
			report.skip("provision of a whole stage (S1..S3), not of an input (not converted)", example);
		}
		else if (!provider.organization()) {
			report.skip("provision by a country or other non-organisation provider (not converted)", example);
		}
		else if (!inputs.containsKey(input)) {
			report.skip("provision of an unknown input (not converted)", example);
		}
		else {
			int year;
			try {
				year = get(row, "year").isEmpty() ? 0 : Integer.parseInt(get(row, "year"));
			}
			catch (NumberFormatException ex) {
				year = 0;
				report.skip("provision year not a number (taken as oldest)", example);
			}
			Provision p = new Provision(providerId, input, year, get(row, "share_provided"), row.getRecordNumber());
			String key = providerId + '\u0000' + input;
			Provision existing = latest.get(key);
			if (existing == null) {
				latest.put(key, p);
			}
			else if (p.year() > existing.year()) {
				report.skip("provision of an older year (latest year kept)", where(existing));
				latest.put(key, p);
			}
			else {
				report.skip(p.year() == existing.year() ? "provision of the same provider, input and year again (first kept)"
						: "provision of an older year (latest year kept)", where(p));
			}
		}
	}

	private static String where(Provision p) {
		return "provision.csv row " + p.row() + " (" + p.provider() + " → " + p.input() + ", " + p.year() + ")";
	}

	private static Double share(Provision p, Report report) {
		if (p.share().isEmpty()) {
			return null;
		}
		try {
			BigDecimal percent = new BigDecimal(p.share());
			if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
				report.skip("share_provided outside 0..100 (no share)", p.provider() + " → " + p.input() + " " + p.share());
				return null;
			}
			return percent.movePointLeft(2).doubleValue();
		}
		catch (NumberFormatException ex) {
			report.skip("share_provided not a number (no share)", p.provider() + " → " + p.input() + " " + p.share());
			return null;
		}
	}

	private static String get(CSVRecord row, String column) {
		return row.isMapped(column) && row.isSet(column) ? row.get(column).strip() : "";
	}
}
