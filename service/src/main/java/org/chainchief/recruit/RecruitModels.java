package org.chainchief.recruit;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.GraphVersion;
import org.chainchief.support.Query;
import org.chainchief.support.ReadModelProperties;
import org.chainchief.support.GraphSettings.Work;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.publisher.Sinks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-memory read model of the recruits: per link, its candidates' static figures ({@link LinkCandidates}), read
 * at one graph version; a link's recruits rank its model, a cluster's recruitment list the models of its gap links
 * ({@link GapCandidates}). Never stale: every write of the chain replaces the version in its own transaction
 * ({@code version/bump}, by {@link Graph}), and an answer from a model is given only when the version read after its
 * candidates' figures, in their transaction, is still the model's. Otherwise that request reads the statement
 * ({@code recruit/link}, {@code recruit/cluster}: what it cost without models) and the missing or stale models are
 * read again behind it, a few at once, so no request waits for a model. Instances beside one database share the
 * version, so a write through any of them makes every instance's models stale.
 */
@Component
final class RecruitModels {

	private static final Logger log = LoggerFactory.getLogger(RecruitModels.class);

	/** A model's answer for one link of a cluster: unknown cluster, unknown link, or the ranked candidates. */
	record Answer(String clusterId, String linkId, List<Candidate> candidates) {
	}

	/** A cluster's gap links (id → local count) at one version; clusterId null: unknown cluster. */
	private record Gaps(String version, String clusterId, Map<String, Long> localCounts) {
	}

	private final Graph graph;

	private final GraphVersion version;

	private final Query model;

	private final Query details;

	private final Query clusterGaps;

	private final Query clusterDetails;

	private final ReadModelProperties properties;

	private final CandidateStore<LinkCandidates> store;

	private final CandidateStore<GapCandidates> merged;

	private final Map<String, Mono<Optional<LinkCandidates>>> building = new ConcurrentHashMap<>();


	/** Models read at once behind requests. */
	static final int BUILDS = 2;

	/** The gaps of the clusters last asked for, by weakBelow and cluster id, each at the version it was read at. */
	private final Map<String, Gaps> gapsByCluster = new LinkedHashMap<>(16, 0.75f, true) {
		@Override
		protected boolean removeEldestEntry(Map.Entry<String, Gaps> eldest) {
			return size() > 1_000;
		}
	};

	/** Links whose model is queued or being read. */
	private final Set<String> queued = ConcurrentHashMap.newKeySet();

	/** The queue of links whose model is to be read; emitted to under its own lock. */
	private final Sinks.Many<String> refreshes = Sinks.many().unicast().onBackpressureBuffer();

	private final AtomicLong answered = new AtomicLong();

	private final AtomicLong built = new AtomicLong();

	private final AtomicLong listed = new AtomicLong();

	RecruitModels(Graph graph, CypherCatalog cypher, GraphVersion version, ReadModelProperties properties,
			ObjectProvider<MeterRegistry> meters) {
		this.graph = graph;
		this.store = new CandidateStore<>(properties.maxCandidates());
		this.merged = new CandidateStore<>(properties.maxCandidates());
		meters.ifAvailable(registry -> {
			FunctionCounter.builder("chain-chief.read-model.answers", answered, AtomicLong::get)
				.description("Link recruits answered from a current read model").tag("answer", "link").register(registry);
			FunctionCounter.builder("chain-chief.read-model.answers", listed, AtomicLong::get)
				.description("Recruitment lists answered from current read models").tag("answer", "cluster").register(registry);
			FunctionCounter.builder("chain-chief.read-model.builds", built, AtomicLong::get)
				.description("Link read models read from the graph").register(registry);
			Gauge.builder("chain-chief.read-model.candidates", store, CandidateStore::candidates)
				.description("Candidates kept in the read models").register(registry);
		});
		this.version = version;
		this.model = cypher.get("recruit/link-model");
		this.details = cypher.get("recruit/link-details");
		this.clusterGaps = cypher.get("recruit/cluster-gaps");
		this.clusterDetails = cypher.get("recruit/cluster-details");
		this.properties = properties;
		refreshes.asFlux()
			.flatMap(link -> build(link)
				.onErrorResume(failure -> {
					log.warn("The read model of link {} was not read: {}", link, failure.toString());
					return Mono.empty();
				})
				.doFinally(signal -> queued.remove(link)), BUILDS)
			.subscribe();
	}

	boolean enabled() {
		return properties.enabled();
	}

	/**
	 * The first {@code p.limit()} candidates of the link with their figures, as {@code recruit/link} ranked by the
	 * service gives them; empty when no model is current (the caller reads the statement).
	 */
	Mono<Answer> forLink(String clusterId, String linkId, RecruitParameters p) {
		return Mono.justOrEmpty(cached(linkId))
			.flatMap(m -> answer(clusterId, linkId, p, m))
			.switchIfEmpty(Mono.fromRunnable(() -> refresh(linkId)));
	}

	/** The model's answer when the graph is still at its version; empty otherwise. */
	private Mono<Answer> answer(String clusterId, String linkId, RecruitParameters p, LinkCandidates m) {
		Map<String, Long> top = m.top(p);
		List<String> ids = List.copyOf(top.keySet());
		return graph.inRead(details, tx -> Graph.rows(tx, details,
				Map.of("id", clusterId, "linkId", linkId, "ids", ids, "customers", top))
			.flatMap(rows -> current(tx).filter(m.version::equals).flatMap(v -> {
				var r = rows.get(0);
				List<Candidate> candidates = r.get("candidates").asList(c -> Candidate.from(c.asMap()));
				if (!r.get("linkId").isNull() && candidates.size() != ids.size()) {
					return Mono.empty(); // cannot happen at one version; the statement answers if it does
				}
				answered.incrementAndGet();
				return Mono.just(new Answer(r.get("clusterId").asString(null), r.get("linkId").asString(null), candidates));
			}))).next();
	}

	/**
	 * The first {@code p.limit()} rows of the cluster's recruitment list (their candidates with their gaps), as
	 * {@code recruit/cluster} ranked by the service gives them, from the models of its gap links; an empty list inside
	 * when the cluster is unknown; empty when a model of the gaps' version could not be had (the caller reads the
	 * statement).
	 */
	Mono<Optional<List<Candidate>>> forCluster(String clusterId, int weakBelow, RecruitParameters p) {
		String key = weakBelow + "/" + clusterId;
		Mono<Optional<List<Candidate>>> fromGapsReadNow = readGaps(clusterId, weakBelow)
			.doOnNext(g -> {
				if (g.clusterId() != null) {
					synchronized (gapsByCluster) {
						gapsByCluster.put(key, g);
					}
				}
			})
			.flatMap(g -> g.clusterId() == null ? Mono.just(Optional.<List<Candidate>>empty()) : fromModels(key, g, p, true));
		Gaps kept;
		synchronized (gapsByCluster) {
			kept = gapsByCluster.get(key);
		}
		// gaps kept from an earlier request are current when the version read with the answer is still theirs
		return kept == null ? fromGapsReadNow : fromModels(key, kept, p, false).switchIfEmpty(fromGapsReadNow);
	}

	private Mono<Gaps> readGaps(String clusterId, int weakBelow) {
		return graph.inRead(clusterGaps, tx -> current(tx).flatMap(v -> Graph
				.rows(tx, clusterGaps, Map.of("id", clusterId, "weakBelow", weakBelow))
				.map(rows -> rows.isEmpty() ? new Gaps(v, null, Map.of()) : gaps(v, rows.get(0)))))
			.next();
	}

	/**
	 * The list from the gap links' models at the gaps' version, merged once per version (kept by {@code key});
	 * {@code refresh}: read the missing models behind.
	 */
	private Mono<Optional<List<Candidate>>> fromModels(String key, Gaps g, RecruitParameters p, boolean refresh) {
		GapCandidates table = merged.get(key, g.version());
		Mono<GapCandidates> candidates = table != null ? Mono.just(table) : Flux.fromIterable(g.localCounts().keySet())
			.flatMap(link -> modelAt(link, g.version(), refresh), 2)
			.collectList()
			.filter(models -> models.size() == g.localCounts().size())
			.map(models -> {
				GapCandidates m = GapCandidates.merge(g.version(), models);
				merged.keep(key, m);
				return m;
			});
		return candidates.flatMap(m -> clusterAnswer(g, m.top(p)));
	}

	private static Gaps gaps(String version, Record row) {
		Map<String, Long> localCounts = new LinkedHashMap<>();
		row.get("gaps").asList(Value::asMap).forEach(
				g -> localCounts.put((String) g.get("linkId"), ((Number) g.get("localCount")).longValue()));
		return new Gaps(version, row.get("clusterId").asString(), localCounts);
	}

	private Mono<Optional<List<Candidate>>> clusterAnswer(Gaps g, Map<String, Long> top) {
		List<String> ids = List.copyOf(top.keySet());
		return graph.inRead(clusterDetails, tx -> Graph
			.rows(tx, clusterDetails, Map.of("ids", ids, "localCounts", g.localCounts(), "customers", top))
			.flatMap(rows -> current(tx).filter(g.version()::equals).flatMap(v -> {
				List<Candidate> candidates = rows.get(0).get("candidates").asList(c -> Candidate.from(c.asMap()));
				if (candidates.size() != ids.size()) {
					return Mono.empty(); // cannot happen at one version; the statement answers if it does
				}
				listed.incrementAndGet();
				return Mono.just(Optional.of(candidates));
			}))).next();
	}

	/** The link's model at {@code version}, when kept; otherwise empty (and, if {@code refresh}, read again behind). */
	private Mono<LinkCandidates> modelAt(String linkId, String version, boolean refresh) {
		return Mono.justOrEmpty(cached(linkId))
			.filter(m -> m.version.equals(version))
			.switchIfEmpty(Mono.fromRunnable(() -> {
				if (refresh) {
					refresh(linkId);
				}
			}));
	}

	/**
	 * Reads the link's model again behind the request that found it missing or stale (that request, and those
	 * until the model is kept, read the statement): queued once per link, at most {@value #BUILDS} read at once.
	 */
	private void refresh(String linkId) {
		if (queued.add(linkId)) {
			synchronized (refreshes) {
				if (refreshes.tryEmitNext(linkId).isFailure()) {
					queued.remove(linkId);
				}
			}
		}
	}

	/** Completes once no model is queued or being read (tests: then every model asked for is kept and current). */
	Mono<Void> settled() {
		return Flux.interval(Duration.ofMillis(10)).filter(tick -> queued.isEmpty()).next().then()
			.timeout(Duration.ofSeconds(120));
	}

	/** A model read now, and kept; empty inside when the graph has no version yet (no model can be current). */
	private Mono<Optional<LinkCandidates>> build(String linkId) {
		// bounded as an export (a bulk read): the busiest link of a national graph has hundreds of thousands
		return building.computeIfAbsent(linkId, id -> graph
			.inTransaction(Work.EXPORT, model, tx -> current(tx).map(Optional::of).defaultIfEmpty(Optional.empty())
				.flatMap(v -> v.isEmpty() ? Mono.just(Optional.<LinkCandidates>empty())
						: Graph.rows(tx, model, Map.of("linkId", id))
							.map(rows -> Optional.of(LinkCandidates.of(v.get(),
									rows.stream().map(r -> Candidate.from(r.get("candidate").asMap())).toList())))))
			.next()
			.doOnNext(m -> m.ifPresent(read -> {
				built.incrementAndGet();
				store.keep(id, read);
			}))
			.doFinally(signal -> building.remove(id))
			.cache());
	}

	/** Link answers given from a current model since start. */
	long answered() {
		return answered.get();
	}

	/** Recruitment lists given from current models since start. */
	long listed() {
		return listed.get();
	}

	private Mono<String> current(ReactiveTransactionContext tx) {
		return version.in(tx);
	}

	private Optional<LinkCandidates> cached(String linkId) {
		return Optional.ofNullable(store.get(linkId));
	}
}
