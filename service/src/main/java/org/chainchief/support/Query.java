package org.chainchief.support;

/**
 * One statement of the {@link CypherCatalog}: its catalog name (the file's path below {@code cypher/queries/}
 * without the extension, e.g. {@code cluster/list}) and its text. The name is what logs and problems call it.
 */
public record Query(String name, String text) {

	@Override
	public String toString() {
		return name;
	}
}
