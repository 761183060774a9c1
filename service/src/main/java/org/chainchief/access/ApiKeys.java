package org.chainchief.access;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.chainchief.model.Records;
import org.chainchief.support.CypherCatalog;
import org.chainchief.support.Graph;
import org.chainchief.support.Query;
import org.neo4j.driver.Value;
import org.springframework.stereotype.Repository;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * API keys for system clients. A key is {@code cck_} + 32 random bytes (base64url); the graph holds only its
 * SHA-256 (enough for a high-entropy secret: no salt or slow hash is needed), so a key is shown once, at creation.
 */
@Repository
final class ApiKeys {

	static final String PREFIX = "cck_";

	private static final SecureRandom RANDOM = new SecureRandom();

	/** A new key's fields. */
	@Schema(description = "A new API key: its name, role, clusters (a chief's) and expiry")
	record NewKey(@Schema(example = "dashboard") @NotBlank @Size(max = 100) String name,
			@Schema(example = "SYSTEM") @NotNull Role role,
			@Schema(example = "[\"semiconductor\"]", description = "Owned clusters (for role CHIEF)") @Size(max = 100)
			List<@Pattern(regexp = Records.ID_PATTERN, message = Records.ID_MESSAGE) String> clusters,
			@Schema(example = "2027-06-30T00:00:00Z", description = "When it stops working; default 90 days from now")
			Instant expiresAt) {
	}

	/** A key as listed: never its secret or hash. */
	@Schema(description = "An API key (never its secret or hash)")
	record KeyView(String id, String name, Role role, List<String> clusters, String createdAt, String createdBy,
			String expiresAt, @Schema(description = "Last use (recorded at most every 5 minutes); null when never used",
					nullable = true) String lastUsedAt,
			@Schema(description = "When it was revoked; null while it is not", nullable = true) String revokedAt) {
	}

	/** A key just created, with its secret: shown this once. */
	@Schema(description = "A new API key with its secret `key`, shown only in this answer")
	record CreatedKey(String id, String name, Role role, List<String> clusters, String createdAt, String createdBy,
			String expiresAt, @Schema(description = "The secret: send it as X-API-Key; it cannot be shown again") String key) {
	}

	/** A key found by its secret. */
	record Found(String id, String name, Role role, List<String> clusters, boolean revoked, boolean expired,
			boolean touch) {
	}

	private final Graph graph;

	private final Query create;

	private final Query list;

	private final Query revoke;

	private final Query find;

	private final Query touch;

	ApiKeys(Graph graph, CypherCatalog cypher) {
		this.graph = graph;
		this.create = cypher.get("apikey/create");
		this.list = cypher.get("apikey/list");
		this.revoke = cypher.get("apikey/revoke");
		this.find = cypher.get("apikey/find");
		this.touch = cypher.get("apikey/touch");
	}

	static String newId() {
		return org.chainchief.support.RandomIds.next();
	}

	Mono<CreatedKey> create(String id, NewKey key, Instant expiresAt, String createdBy) {
		// The secret comes from the operating system's entropy source, which may block: off the event loop.
		return Mono.fromCallable(() -> {
			byte[] secret = new byte[32];
			RANDOM.nextBytes(secret);
			return PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
		}).subscribeOn(reactor.core.scheduler.Schedulers.boundedElastic()).flatMap(plain -> create(id, key, expiresAt, createdBy, plain));
	}

	private Mono<CreatedKey> create(String id, NewKey key, Instant expiresAt, String createdBy, String plain) {
		List<String> clusters = key.clusters() == null ? List.of() : key.clusters().stream().distinct().sorted().toList();
		Map<String, Object> params = Map.of("id", id, "name", key.name(), "role", key.role().name(), "clusters",
				clusters, "hash", hash(plain), "createdBy", createdBy, "expiresAt", expiresAt.toString());
		return graph.write(create, params, r -> view(r.get("key")))
			.single()
			.map(v -> new CreatedKey(v.id(), v.name(), v.role(), v.clusters(), v.createdAt(), v.createdBy(),
					v.expiresAt(), plain));
	}

	Flux<KeyView> list() {
		return graph.read(list, Map.of(), r -> view(r.get("key")));
	}

	/** Revokes a key; false when there is no such key. */
	Mono<Boolean> revoke(String id, String by) {
		// The whole result is consumed: a cancelled write transaction is rolled back.
		return graph.write(revoke, Map.of("id", id, "by", by), r -> true).collectList().map(rows -> !rows.isEmpty());
	}

	Mono<Found> find(String plain, java.time.Duration touchInterval) {
		return graph.read(find, Map.of("hash", hash(plain), "interval", touchInterval.toString()), r -> new Found(
				r.get("id").asString(), r.get("name").asString(), Role.valueOf(r.get("role").asString()),
				r.get("clusters").asList(Value::asString), r.get("revoked").asBoolean(), r.get("expired").asBoolean(),
				r.get("touch").asBoolean()))
			.singleOrEmpty();
	}

	Mono<Void> touch(String id) {
		return graph.write(touch, Map.of("id", id), r -> true).then();
	}

	static String hash(String plain) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(plain.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyView view(Value v) {
		return new KeyView(v.get("id").asString(), v.get("name").asString(), Role.valueOf(v.get("role").asString()),
				v.get("clusters").asList(Value::asString), v.get("createdAt").asString(null),
				v.get("createdBy").asString(null), v.get("expiresAt").asString(null), v.get("lastUsedAt").asString(null),
				v.get("revokedAt").asString(null));
	}
}
