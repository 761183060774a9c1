// Creates a link in its clusters, under its parent. The caller has checked the clusters and the parent exist.
CREATE (l:Link)
SET l = $props
WITH l
CALL (l) {
  UNWIND $clusters AS clusterId
  MATCH (c:Cluster {id: clusterId})
  MERGE (c)-[:HAS_LINK]->(l)
}
CALL (l) {
  MATCH (p:Link {id: $parent})
  MERGE (l)-[:PART_OF]->(p)
}
RETURN l {.*,
  clusters: COLLECT { MATCH (c:Cluster)-[:HAS_LINK]->(l) RETURN c.id ORDER BY c.id },
  parent: [(l)-[:PART_OF]->(p:Link) | p.id][0]} AS link
