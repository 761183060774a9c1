package org.chainchief.support;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.Consumer;

import org.chainchief.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.test.web.reactive.server.WebTestClient;
import tools.jackson.databind.node.ObjectNode;

/**
 * The conformance check itself fails on each kind of difference: an undocumented status, an undocumented media
 * type, an answer outside its schema (a null where the contract has none), and an accepted request outside the
 * contract. Each case runs against a copy of the committed contract changed in one place.
 */
class ContractConformanceTest extends IntegrationTest {

	@Test
	void anUndocumentedStatusFails() {
		WebTestClient strict = against(doc -> operation(doc, "/api/v1/clusters/{id}", "get").withObject("/responses")
			.remove("404"));
		assertThatThrownBy(() -> strict.get().uri("/api/v1/clusters/nope").exchange())
			.hasStackTraceContaining("answered 404, which GET /api/v1/clusters/{id} does not document");
	}

	@Test
	void anUndocumentedMediaTypeFails() {
		WebTestClient strict = against(doc -> {
			ObjectNode content = operation(doc, "/api/v1/clusters", "get").withObject("/responses/200/content");
			content.set("application/xml", content.remove("application/json"));
		});
		assertThatThrownBy(() -> strict.get().uri("/api/v1/clusters").exchange())
			.hasStackTraceContaining("answered 200 as application/json, GET /api/v1/clusters documents application/xml");
	}

	@Test
	void aNullWhereTheSchemaHasNoneFails() {
		web.post().uri("/api/v1/clusters").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"c1\",\"name\":\"集群\"}").exchange().expectStatus().isCreated();
		web.post().uri("/api/v1/links").contentType(MediaType.APPLICATION_JSON)
			.bodyValue("{\"id\":\"l1\",\"name\":\"环节\",\"stage\":\"UPSTREAM\",\"clusters\":[\"c1\"]}")
			.exchange().expectStatus().isCreated();
		web.get().uri("/api/v1/clusters/c1/chain").exchange().expectStatus().isOk(); // parent null: conforms
		WebTestClient strict = against(doc -> doc.withObject("/components/schemas/ChainLink/properties/parent")
			.put("type", "string"));
		assertThatThrownBy(() -> strict.get().uri("/api/v1/clusters/c1/chain").exchange())
			.hasStackTraceContaining("answer does not conform to its schema")
			.hasStackTraceContaining("/links/0/parent");
	}

	@Test
	void anAcceptedRequestOutsideTheContractFails() {
		assertThatThrownBy(() -> web.get().uri("/api/v1/clusters?undeclared=1").exchange())
			.hasStackTraceContaining("query parameter `undeclared` is not declared by GET /api/v1/clusters");
		// refused requests are not held to the request schemas: the problem answer is what is checked
		web.get().uri("/api/v1/clusters/semiconductor/gaps?weakBelow=many").exchange().expectStatus().isBadRequest();
	}

	private WebTestClient against(Consumer<ObjectNode> change) {
		ObjectNode doc = (ObjectNode) Contract.committed().document().deepCopy();
		change.accept(doc);
		return web.mutate().filter(new ContractConformance(new Contract(doc))).build();
	}

	private static ObjectNode operation(ObjectNode doc, String path, String method) {
		return (ObjectNode) doc.get("paths").get(path).get(method);
	}
}
