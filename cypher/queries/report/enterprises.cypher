// The enterprise list of a cluster: every enterprise (local or not) operating in one of its links, with the
// names of those links (sorted by link id). Local first, then revenue (largest first, unknown last), then id.
// No row: unknown cluster.
MATCH (c:Cluster {id: $id})
RETURN COLLECT {
  MATCH (c)-[:HAS_LINK]->(l:Link)<-[:OPERATES_IN]-(e:Enterprise)
  WITH e, l ORDER BY l.id
  WITH e, collect(coalesce(l.name, l.id)) AS links
  RETURN e {.id, .name, .local, .region, .country, .revenue, .aboveScale, .head, .listed, .tags, links: links} AS e
  ORDER BY coalesce(e.local, false) DESC, e.revenue IS NULL, e.revenue DESC, e.id
} AS enterprises
