package org.chainchief.recruit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CandidateStoreTest {

	record M(String version, int size) implements CandidateStore.Model {
	}

	@Test
	void keepsAtMostTheBudgetDroppingTheLeastRecentlyUsed() {
		CandidateStore<M> store = new CandidateStore<>(10);
		M a = new M("v1", 4), b = new M("v1", 4);
		store.keep("a", a);
		store.keep("b", b);
		assertThat(store.get("a")).isSameAs(a); // a used last
		store.keep("c", new M("v1", 4));
		assertThat(store.get("b")).as("the least recently used dropped").isNull();
		assertThat(store.get("a")).isSameAs(a);
		assertThat(store.candidates()).isEqualTo(8);
	}

	@Test
	void aModelLargerThanTheBudgetIsNotKeptAndReplacesTheOldOne() {
		CandidateStore<M> store = new CandidateStore<>(10);
		store.keep("a", new M("v1", 4));
		store.keep("a", new M("v1", 11));
		assertThat(store.get("a")).isNull();
		assertThat(store.candidates()).isZero();
	}

	@Test
	void aNewVersionDropsEveryModelOfAnother() {
		CandidateStore<M> store = new CandidateStore<>(100);
		store.keep("a", new M("v1", 4));
		store.keep("b", new M("v1", 5));
		M c = new M("v2", 3);
		store.keep("c", c);
		assertThat(store.get("a")).isNull();
		assertThat(store.get("b")).isNull();
		assertThat(store.get("c", "v2")).isSameAs(c);
		assertThat(store.get("c", "v1")).as("asked at another version").isNull();
		assertThat(store.candidates()).isEqualTo(3);
	}
}
