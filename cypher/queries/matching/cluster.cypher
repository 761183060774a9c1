// 产供销配套 local matching in a cluster: a local supplier operating in link A of the cluster and a local buyer
// operating in a link of the cluster that A feeds directly, who do not trade A yet (no SUPPLIES {link: A} between
// them). outsideSuppliers: how many non-local suppliers the buyer now buys A from (the ranking figure).
// No row: unknown cluster.
// National scale (bench/oracle/matching/cluster.cypher is the plain statement this one must agree with): driven
// from the local side. Each member link's local enterprises are read once through the enterprise_local index
// (the locals' OPERATES_IN only), instead of expanding every operator of every fed link and keeping the locals.
MATCH (c:Cluster {id: $id})
CALL (c) {
  WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(m:Link) RETURN m } AS members
  CALL (members) {
    MATCH (x:Enterprise {local: true})
    USING INDEX x:Enterprise(local)
    MATCH (x)-[:OPERATES_IN]->(m:Link)
    WHERE m IN members
    WITH m, collect(DISTINCT x) AS locals
    RETURN collect({link: m, locals: locals}) AS localsOf
  }
  MATCH (c)-[:HAS_LINK]->(a:Link)-[:FEEDS]->(bl:Link)<-[:HAS_LINK]-(c)
  WITH DISTINCT localsOf, a, bl
  WITH localsOf, a, bl, [p IN localsOf WHERE p.link = a | p.locals][0] AS sellers
  WHERE sellers IS NOT NULL
  UNWIND [p IN localsOf WHERE p.link = bl | p.locals][0] AS b
  // Buyers first, with what each buys of A now (once per buyer and link, not once per candidate supplier).
  WITH a, sellers, b, collect(DISTINCT bl.id) AS buyerLinks
  WITH a, sellers, b, buyerLinks, COLLECT { MATCH (o:Enterprise)-[:SUPPLIES {link: a.id}]->(b) RETURN DISTINCT o } AS current
  UNWIND sellers AS s
  WITH a, b, buyerLinks, current, s
  WHERE s <> b AND NOT s IN current
  RETURN collect({
    linkId: a.id, linkName: a.name, supplierId: s.id, supplierName: s.name, buyerId: b.id, buyerName: b.name,
    buyerLinks: buyerLinks,
    outsideSuppliers: size([o IN current WHERE NOT coalesce(o.local, false)]),
    currentSuppliers: size(current)
  }) AS matches
}
RETURN c.id AS clusterId, matches
