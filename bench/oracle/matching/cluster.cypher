// 产供销配套 local matching in a cluster: a local supplier operating in link A of the cluster and a local buyer
// operating in a link of the cluster that A feeds directly, who do not trade A yet (no SUPPLIES {link: A} between
// them). outsideSuppliers: how many non-local suppliers the buyer now buys A from (the ranking figure).
// No row: unknown cluster.
MATCH (c:Cluster {id: $id})
// Buyers first, with what each buys of A now (once per buyer and link, not once per candidate supplier).
CALL (c) {
  MATCH (c)-[:HAS_LINK]->(a:Link)-[:FEEDS]->(bl:Link)<-[:HAS_LINK]-(c)
  MATCH (b:Enterprise {local: true})-[:OPERATES_IN]->(bl)
  WITH a, b, collect(DISTINCT bl.id) AS buyerLinks
  WITH a, b, buyerLinks, COLLECT { MATCH (o:Enterprise)-[:SUPPLIES {link: a.id}]->(b) RETURN DISTINCT o } AS current
  MATCH (s:Enterprise {local: true})-[:OPERATES_IN]->(a)
  WHERE s <> b AND NOT s IN current
  RETURN collect({
    linkId: a.id, linkName: a.name, supplierId: s.id, supplierName: s.name, buyerId: b.id, buyerName: b.name,
    buyerLinks: buyerLinks,
    outsideSuppliers: size([o IN current WHERE NOT coalesce(o.local, false)]),
    currentSuppliers: size(current)
  }) AS matches
}
RETURN c.id AS clusterId, matches
