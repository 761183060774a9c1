// 产供销配套 local matching in a cluster: a local supplier operating in link A of the cluster and a local buyer
// operating in a link of the cluster that A feeds directly, who do not trade A yet (no SUPPLIES {link: A} between
// them). outsideSuppliers: how many non-local suppliers the buyer now buys A from (the ranking figure).
// No row: unknown cluster.
MATCH (c:Cluster {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_LINK]->(a:Link)-[:FEEDS]->(bl:Link)<-[:HAS_LINK]-(c)
  MATCH (s:Enterprise {local: true})-[:OPERATES_IN]->(a)
  MATCH (b:Enterprise {local: true})-[:OPERATES_IN]->(bl)
  WHERE s <> b AND NOT EXISTS { (s)-[:SUPPLIES {link: a.id}]->(b) }
  WITH a, s, b, collect(DISTINCT bl.id) AS buyerLinks
  RETURN collect({
    linkId: a.id, linkName: a.name, supplierId: s.id, supplierName: s.name, buyerId: b.id, buyerName: b.name,
    buyerLinks: buyerLinks,
    outsideSuppliers: COUNT { MATCH (o:Enterprise)-[:SUPPLIES {link: a.id}]->(b) WHERE NOT coalesce(o.local, false)
                              RETURN DISTINCT o },
    currentSuppliers: COUNT { MATCH (o:Enterprise)-[:SUPPLIES {link: a.id}]->(b) RETURN DISTINCT o }
  }) AS matches
}
RETURN c.id AS clusterId, matches
