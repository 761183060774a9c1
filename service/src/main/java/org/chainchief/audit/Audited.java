package org.chainchief.audit;

import java.util.Map;
import java.util.function.Function;

import reactor.util.context.Context;

/**
 * What a write is about, carried in the Reactor context to the write transaction, where the audit trail reads
 * the object before and after the work. The path of a request sets it ({@link AuditWebFilter}); an operation whose
 * object is named in its body sets it itself with {@link #target}.
 */
public final class Audited {

	/** The object of a write: its kind and the parameters that find it (e.g. {@code id}). */
	record Target(String kind, Map<String, Object> key, String method, boolean skip) {

		static final Target SKIP = new Target("", Map.of(), "", true);
	}

	private Audited() {
	}

	/** The write is about the object of {@code kind} found by {@code key}. */
	public static Function<Context, Context> target(String kind, Map<String, Object> key) {
		return context -> context.put(Target.class, new Target(kind, Map.copyOf(key), "", false));
	}

	/** Write transactions that are not audited one by one (an import's batches: the import has one entry). */
	public static Function<Context, Context> skip() {
		return context -> context.put(Target.class, Target.SKIP);
	}
}
