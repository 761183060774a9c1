// Recruit candidates for one link of a cluster: the outside (non-local) enterprises operating in it, with the
// figures of their score. No row: unknown cluster; linkId null: no such link in the cluster.
// customers: distinct local enterprises the candidate already supplies (SUPPLIES of any link).
MATCH (c:Cluster {id: $id})
OPTIONAL MATCH (c)-[:HAS_LINK]->(l:Link {id: $linkId})
RETURN c.id AS clusterId, l.id AS linkId, COLLECT {
  MATCH (e:Enterprise)-[o:OPERATES_IN]->(l)
  WHERE NOT coalesce(e.local, false)
  RETURN e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
             share: o.share,
             customers: COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise {local: true}) RETURN DISTINCT b },
             gaps: [] }
} AS candidates
