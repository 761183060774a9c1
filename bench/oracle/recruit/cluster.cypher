// The cluster's recruitment list (头部企业清单): every outside enterprise operating in at least one gap of the
// cluster (a link with localCount < $weakBelow, i.e. MISSING or WEAK), with the gaps it would fill.
// No row: unknown cluster.
MATCH (c:Cluster {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_LINK]->(l:Link)
  WITH l, COUNT { MATCH (x:Enterprise {local: true})-[:OPERATES_IN]->(l) RETURN DISTINCT x } AS localCount
  WHERE localCount < $weakBelow
  MATCH (e:Enterprise)-[o:OPERATES_IN]->(l)
  WHERE NOT coalesce(e.local, false)
  WITH e, collect({linkId: l.id, name: l.name, stage: l.stage, localCount: localCount, share: o.share}) AS gaps
  RETURN collect(e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
                     share: null,
                     customers: COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise {local: true}) RETURN DISTINCT b },
                     gaps: gaps }) AS candidates
}
RETURN c.id AS clusterId, candidates
