package org.chainchief.support;

import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/** Responses the resource controllers share. */
public final class Responses {

	private Responses() {
	}

	/** 201 Created with {@code Location} pointing at {@code pathTemplate} (one {@code {id}} variable) for the id. */
	public static <T> ResponseEntity<T> created(String pathTemplate, String id, T body) {
		return ResponseEntity.created(UriComponentsBuilder.fromPath(pathTemplate).buildAndExpand(id).encode().toUri())
			.body(body);
	}
}
