// One link with its neighbourhood: clusters, parent, sub-links, direct upstream and downstream links, and the
// enterprises operating in it (ordered by the service: local first, then by share, then pinyin name).
MATCH (l:Link {id: $id})
RETURN l {.*,
  clusters: COLLECT { MATCH (c:Cluster)-[:HAS_LINK]->(l) RETURN c.id ORDER BY c.id },
  parent: [(l)-[:PART_OF]->(p:Link) | p.id][0],
  children: COLLECT { MATCH (s:Link)-[:PART_OF]->(l) RETURN s.id ORDER BY s.id },
  upstream: COLLECT { MATCH (u:Link)-[:FEEDS]->(l) RETURN u.id ORDER BY u.id },
  downstream: COLLECT { MATCH (l)-[:FEEDS]->(d:Link) RETURN d.id ORDER BY d.id },
  enterprises: COLLECT {
    MATCH (e:Enterprise)-[o:OPERATES_IN]->(l)
    RETURN e {.id, .name, .nameEn, .local, .region, share: o.share}
  }} AS link
