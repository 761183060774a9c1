package org.chainchief.model;

/** Where a link sits in its chain: upstream links supply midstream links, which supply downstream ones. */
public enum Stage {

	/** 上游: materials, components, equipment. */
	UPSTREAM,
	/** 中游: processes and intermediate products. */
	MIDSTREAM,
	/** 下游: end products, applications, services. */
	DOWNSTREAM
}
