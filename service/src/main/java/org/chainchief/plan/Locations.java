package org.chainchief.plan;

import java.net.URI;

import org.springframework.web.util.UriComponentsBuilder;

/** Where a created item lives: {@code /api/v1/clusters/{cluster}/{collection}/{itemId}}, encoded. */
final class Locations {

	private Locations() {
	}

	static URI of(String cluster, String collection, String itemId) {
		return UriComponentsBuilder.fromPath("/api/v1/clusters/{cluster}/" + collection + "/{itemId}")
			.buildAndExpand(cluster, itemId)
			.encode()
			.toUri();
	}
}
