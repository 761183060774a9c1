package org.chainchief.support;

import java.time.Duration;
import java.util.Map;

import org.neo4j.driver.Record;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.retry.Retry;

/**
 * Leases kept in the database, so that instances beside one database do some things one at a time (the migrations,
 * the imports). A lease has a name, a holder (this instance, {@link #instance()}) and an end on the database's clock;
 * its holder renews it while it works. A holder that crashed cannot keep it: once its time has run out, the next
 * instance that asks takes it over.
 */
@Component
public final class Leases {

	private static final Logger log = LoggerFactory.getLogger(Leases.class);

	/** Who holds a lease, when the caller did not get it. */
	public record Holder(String instance, String about, String since, long leftMillis) {
	}

	/** The outcome of asking for a lease: {@code taken} null when this instance has it. */
	public record Claim(boolean acquired, Holder taken) {
	}

	/** The error of {@link #holding}: another instance holds the lease. */
	public static final class Taken extends RuntimeException {

		private final transient Holder holder;

		Taken(String name, Holder holder) {
			super("The lease " + name + " is held by " + holder.instance() + " (" + holder.about() + ", since "
					+ holder.since() + ")", null, false, false);
			this.holder = holder;
		}

		public Holder holder() {
			return holder;
		}
	}

	private final Graph graph;

	private final Query schema;

	private final Query acquire;

	private final Query renew;

	private final Query release;

	private final Query clear;

	/** With the embedded database: this process started it, so the leases found in it at the first start are stale. */
	private final java.util.concurrent.atomic.AtomicBoolean staleLeases;

	private final String instance = name();

	Leases(Graph graph, CypherCatalog cypher, org.chainchief.config.Neo4jProperties neo4j) {
		this.graph = graph;
		this.staleLeases = new java.util.concurrent.atomic.AtomicBoolean(neo4j.embedded());
		this.clear = cypher.get("lease/clear");
		this.schema = cypher.get("lease/schema");
		this.acquire = cypher.get("lease/acquire");
		this.renew = cypher.get("lease/renew");
		this.release = cypher.get("lease/release");
	}

	/** This instance as holders are named: host name and a random part drawn at start. */
	public String instance() {
		return instance;
	}

	/**
	 * The lease's uniqueness constraint, once per start. Instances starting together may create it at the same
	 * moment; the loser of that race tries again. With the embedded database the leases found in it the first time
	 * are given up: this process has just started it, so their holders died with the process before (killed
	 * mid-import, say).
	 */
	public Mono<Void> ensureSchema() {
		Mono<Void> stale = Mono.defer(() -> !staleLeases.get() ? Mono.<Void>empty()
				: graph.write(clear, Map.of(), r -> r.get("cleared").asLong()).single().doOnNext(cleared -> {
					staleLeases.set(false);
					if (cleared > 0) {
						log.info("Gave up {} lease(s) left by the process that ran the embedded database before", cleared);
					}
				}).then());
		return graph.write(schema, Map.of(), r -> r).then()
			.retryWhen(Retry.backoff(3, Duration.ofMillis(250)))
			.then(stale);
	}

	/** Asks for the lease {@code name} for {@code length}, naming what it is for ({@code about}). */
	public Mono<Claim> acquire(String name, Duration length, String about) {
		return graph.write(acquire, Map.of("name", name, "holder", instance, "millis", length.toMillis(), "about", about),
				Leases::claim)
			.single();
	}

	/** Extends this instance's lease by {@code length} from now; false when it no longer holds it. */
	public Mono<Boolean> renew(String name, Duration length) {
		return graph.write(renew, Map.of("name", name, "holder", instance, "millis", length.toMillis()), r -> true)
			.hasElements();
	}

	/** Gives the lease up (nothing when this instance does not hold it). */
	public Mono<Void> release(String name) {
		return graph.write(release, Map.of("name", name, "holder", instance), r -> r).then();
	}

	/**
	 * Runs {@code work} holding the lease {@code name}: the lease is renewed every third of {@code length} while the
	 * work runs and given up when it ends, however it ends. When another instance holds it: a {@link Taken} error.
	 */
	public <T> Mono<T> holding(String name, Duration length, String about, Mono<T> work) {
		return acquire(name, length, about).flatMap(claim -> {
			if (!claim.acquired()) {
				return Mono.error(new Taken(name, claim.taken()));
			}
			Duration every = length.dividedBy(3);
			Flux<Boolean> renewals = Flux.interval(every, every)
				.concatMap(tick -> renew(name, length).onErrorResume(ex -> {
					log.warn("Could not renew the lease {}: {}", name, ex.toString());
					return Mono.just(true);
				}))
				.doOnNext(held -> {
					if (!held) {
						log.warn("The lease {} was taken over by another instance while this one held it", name);
					}
				});
			return Mono.usingWhen(Mono.just(renewals.subscribe()), renewing -> work, renewing -> done(name, renewing),
					(renewing, error) -> done(name, renewing), renewing -> done(name, renewing));
		});
	}

	private Mono<Void> done(String name, reactor.core.Disposable renewing) {
		renewing.dispose();
		return release(name).timeout(Duration.ofSeconds(10)).onErrorResume(ex -> {
			log.warn("Could not give up the lease {} (it ends by itself): {}", name, ex.toString());
			return Mono.empty();
		});
	}

	private static Claim claim(Record r) {
		if (r.get("acquired").asBoolean()) {
			return new Claim(true, null);
		}
		return new Claim(false, new Holder(r.get("holder").asString(), r.get("about").asString(null),
				r.get("since").asString(null), r.get("leftMillis").asLong(0)));
	}

	private static String name() {
		// the host's name as the environment gives it: no name lookup on the network at start
		String host = System.getenv().getOrDefault("HOSTNAME", "").replaceAll("[^A-Za-z0-9._-]", "");
		return (host.isEmpty() ? "instance" : host) + "-" + RandomIds.next().substring(0, 8);
	}
}
