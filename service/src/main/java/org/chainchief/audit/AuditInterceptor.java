package org.chainchief.audit;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

import org.chainchief.access.Caller;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.NameKeys;
import org.chainchief.support.Query;
import org.chainchief.support.WriteInterceptor;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.neo4j.driver.reactivestreams.ReactiveTransactionCallback;
import org.neo4j.driver.reactivestreams.ReactiveTransactionContext;
import org.reactivestreams.Publisher;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.util.context.ContextView;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes the audit entry of a write in the write's own transaction: it reads the object before the work and after
 * it, and records who, when, the action and the changed fields (before and after). A failed write rolls back with
 * its entry; a write that changed nothing (an existing edge added again) records nothing. An object of a kind with
 * no snapshot query (an operation added later) is recorded by its path, without fields.
 */
@Component
final class AuditInterceptor implements WriteInterceptor {

	static final List<String> KINDS = List.of("cluster", "link", "enterprise", "operates", "feeds", "supplies", "apiKey");

	private final Map<String, Query> snapshots = new HashMap<>();

	private final Query create;

	private final JsonMapper json;

	AuditInterceptor(CypherCatalog cypher, JsonMapper json) {
		KINDS.forEach(kind -> snapshots.put(kind, cypher.get("audit/snapshot-" + kind)));
		this.create = cypher.get("audit/create");
		this.json = json;
	}

	@Override
	public Mono<Around> prepare(ContextView context) {
		Audited.Target target = context.getOrDefault(Audited.Target.class, null);
		if (target == null || target.skip()) {
			return Mono.just(NOTHING);
		}
		return Caller.in(context).map(caller -> new Recording(caller, target));
	}

	/** The state of the object: its fields (null when it does not exist) and its clusters. */
	private record State(Map<String, Object> fields, List<String> clusters) {

		static final State UNKNOWN = new State(null, List.of());
	}

	private final class Recording implements Around {

		private final Caller caller;

		private final Audited.Target target;

		Recording(Caller caller, Audited.Target target) {
			this.caller = caller;
			this.target = target;
		}

		@Override
		public <T> Publisher<T> run(ReactiveTransactionContext tx,
				ReactiveTransactionCallback<? extends Publisher<T>> work) {
			return snapshot(tx).flatMapMany(before -> Flux.from(work.execute(tx))
				.collectList()
				.flatMapMany(results -> snapshot(tx).flatMap(after -> record(tx, before, after))
					.thenMany(Flux.fromIterable(results))));
		}

		private Mono<State> snapshot(ReactiveTransactionContext tx) {
			Query query = snapshots.get(target.kind());
			if (query == null) {
				return Mono.just(State.UNKNOWN);
			}
			return Flux.from(tx.run(query.text(), target.key()))
				.flatMap(result -> Flux.from(result.records()))
				.collectList()
				.map(rows -> rows.isEmpty() ? State.UNKNOWN : state(rows.get(0)));
		}

		private Mono<Void> record(ReactiveTransactionContext tx, State before, State after) {
			boolean known = snapshots.containsKey(target.kind());
			String action;
			Map<String, Object> was = new LinkedHashMap<>();
			Map<String, Object> now = new LinkedHashMap<>();
			if (known) {
				if (Objects.equals(before.fields(), after.fields())) {
					return Mono.empty();
				}
				action = before.fields() == null ? "CREATE" : after.fields() == null ? "DELETE" : "UPDATE";
				TreeSet<String> keys = new TreeSet<>();
				if (before.fields() != null) {
					keys.addAll(before.fields().keySet());
				}
				if (after.fields() != null) {
					keys.addAll(after.fields().keySet());
				}
				for (String key : keys) {
					Object a = before.fields() == null ? null : before.fields().get(key);
					Object b = after.fields() == null ? null : after.fields().get(key);
					if (!Objects.equals(a, b)) {
						if (a != null) {
							was.put(key, a);
						}
						if (b != null) {
							now.put(key, b);
						}
					}
				}
			}
			else {
				action = switch (target.method()) {
					case "POST" -> "CREATE";
					case "DELETE" -> "DELETE";
					default -> "UPDATE";
				};
			}
			TreeSet<String> fields = new TreeSet<>(was.keySet());
			fields.addAll(now.keySet());
			TreeSet<String> clusters = new TreeSet<>(before.clusters());
			clusters.addAll(after.clusters());
			Object pathCluster = target.key().get("cluster");
			if (pathCluster != null) {
				clusters.add(pathCluster.toString());
			}
			Map<String, Object> params = new HashMap<>();
			params.put("id", org.chainchief.support.RandomIds.next());
			params.put("actor", caller.username());
			params.put("roles", caller.roles().stream().map(Enum::name).sorted().toList());
			params.put("kind", target.kind());
			params.put("target", AuditTrail.targetName(target.kind(), target.key()));
			params.put("action", action);
			params.put("clusters", new ArrayList<>(clusters));
			params.put("fields", new ArrayList<>(fields));
			params.put("before", was.isEmpty() ? null : json.writeValueAsString(was));
			params.put("after", now.isEmpty() ? null : json.writeValueAsString(now));
			params.put("summary", null);
			return Flux.from(tx.run(create.text(), params)).flatMap(result -> Flux.from(result.records())).then();
		}
	}

	private static State state(Record row) {
		Value state = row.get("state");
		Map<String, Object> fields = null;
		if (!state.isNull()) {
			fields = new LinkedHashMap<>();
			for (Map.Entry<String, Object> e : state.asMap().entrySet()) {
				if (!NameKeys.PROPERTY.equals(e.getKey())) { // derived from the name, not a field of its own
					fields.put(e.getKey(), plain(e.getValue()));
				}
			}
		}
		return new State(fields, row.get("clusters").asList(Value::asString));
	}

	/** Graph values as JSON-friendly values (dates as ISO text). */
	private static Object plain(Object value) {
		if (value instanceof TemporalAccessor) {
			return value.toString();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AuditInterceptor::plain).toList();
		}
		return value;
	}
}
