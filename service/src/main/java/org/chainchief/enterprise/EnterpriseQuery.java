package org.chainchief.enterprise;

/**
 * A search: optional name text and filters (null when absent), and the page wanted.
 *
 * @param q       name text; null lists every enterprise passing the filters
 * @param local   only local (true) or only outside (false) enterprises
 * @param region  region prefix, e.g. 浙江省 matches 浙江省丽水市
 * @param link    operates in this link (directly)
 * @param tag     carries this tag
 * @param cluster operates in a link of this cluster
 * @param page    0-based page
 * @param size    page size
 */
record EnterpriseQuery(String q, Boolean local, String region, String link, String tag, String cluster, int page,
		int size) {
}
