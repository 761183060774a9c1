package org.chainchief.convert;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The contract check used on converter output must itself catch what it claims to catch. */
class NdjsonCheckTest {

	private static final String CLUSTER = "{\"kind\":\"cluster\",\"id\":\"c\",\"name\":\"集群\",\"nameEn\":null,\"chief\":null,\"description\":null}";

	private static final String LINK = "{\"kind\":\"link\",\"id\":\"l\",\"name\":\"环节\",\"nameEn\":null,\"stage\":\"UPSTREAM\",\"clusters\":[\"c\"],\"parent\":null,\"chokepoint\":null,\"description\":null}";

	@Test
	void acceptsAWellFormedChain() {
		assertThat(NdjsonCheck.of(List.of(CLUSTER, LINK)).counts).containsEntry("cluster", 1).containsEntry("link", 1);
	}

	@Test
	void refusesDanglingReferencesDuplicatesWrongFieldsAndOrder() {
		assertThatThrownBy(() -> NdjsonCheck.of(List.of(CLUSTER, LINK.replace("\"parent\":null", "\"parent\":\"x\""))))
			.hasMessageContaining("parent not emitted before");
		assertThatThrownBy(() -> NdjsonCheck.of(List.of(CLUSTER, LINK, LINK))).hasMessageContaining("emitted twice");
		assertThatThrownBy(() -> NdjsonCheck.of(List.of(CLUSTER, LINK.replace(",\"description\":null", ""))))
			.hasMessageContaining("fields are not exactly");
		assertThatThrownBy(() -> NdjsonCheck.of(List.of(LINK, CLUSTER))).hasMessageContaining("not emitted before");
		assertThatThrownBy(() -> NdjsonCheck.of(List.of(CLUSTER, LINK.replace("\"id\":\"l\"", "\"id\":\"a b\""))))
			.hasMessageContaining("invalid id");
		assertThatThrownBy(() -> NdjsonCheck.of(List.of(CLUSTER, LINK, "{\"kind\":\"feeds\",\"from\":\"l\",\"to\":\"m\"}")))
			.hasMessageContaining("feeds not between two emitted links");
	}
}
