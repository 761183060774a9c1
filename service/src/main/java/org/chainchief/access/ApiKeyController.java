package org.chainchief.access;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import org.chainchief.audit.Audited;
import org.chainchief.support.ApiProblem;
import org.chainchief.support.Responses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** API keys of system clients, managed by administrators. */
@RestController
@RequestMapping("/api/v1/api-keys")
@Tag(name = "Access", description = "Who is signed in, and the API keys of system clients")
final class ApiKeyController {

	private final ApiKeys keys;

	ApiKeyController(ApiKeys keys) {
		this.keys = keys;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "createApiKey", summary = "Create an API key (ADMIN)",
			description = "Creates a key with a role, clusters (for CHIEF) and an expiry (default 90 days, at most 2 years). "
					+ "The answer holds the secret `key`, shown only this once; the service stores only its SHA-256.")
	@ApiResponse(responseCode = "201", description = "Created; `key` is the secret")
	Mono<ResponseEntity<ApiKeys.CreatedKey>> create(@Valid @RequestBody ApiKeys.NewKey key) {
		Instant now = Instant.now();
		Instant expires = key.expiresAt() == null ? now.plus(90, ChronoUnit.DAYS) : key.expiresAt();
		if (!expires.isAfter(now)) {
			return Mono.error(ApiProblem.invalid("expiresAt", "must be in the future"));
		}
		if (expires.isAfter(now.plus(731, ChronoUnit.DAYS))) {
			return Mono.error(ApiProblem.invalid("expiresAt", "must be at most 2 years from now"));
		}
		String id = ApiKeys.newId();
		return Caller.current()
			.flatMap(caller -> keys.create(id, key, expires, caller.username()))
			.map(created -> Responses.created("/api/v1/api-keys/{id}", created.id(), created))
			.contextWrite(Audited.target("apiKey", Map.of("id", id)));
	}

	@GetMapping
	@Operation(operationId = "listApiKeys", summary = "List API keys (ADMIN)",
			description = "Every key with its role, clusters, expiry, last use and revocation; never a secret or hash.")
	Flux<ApiKeys.KeyView> list() {
		return keys.list();
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "revokeApiKey", summary = "Revoke an API key (ADMIN)",
			description = "The key stops working at once; it stays listed with `revokedAt`. Revoking twice is a no-op.")
	@ApiResponse(responseCode = "204", description = "Revoked")
	Mono<Void> revoke(@Parameter(description = "Key id") @PathVariable String id) {
		return Caller.current()
			.flatMap(caller -> keys.revoke(id, caller.username()))
			.flatMap(found -> found ? Mono.<Void>empty() : Mono.error(ApiProblem.notFound("API key", id)));
	}
}
