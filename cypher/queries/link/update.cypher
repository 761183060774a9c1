// Replaces a link's properties, cluster memberships and parent; its FEEDS, sub-links and enterprises stay.
MATCH (l:Link {id: $id})
SET l = $props
WITH l
CALL (l) {
  MATCH (c:Cluster)-[h:HAS_LINK]->(l)
  WHERE NOT c.id IN $clusters
  DELETE h
}
CALL (l) {
  UNWIND $clusters AS clusterId
  MATCH (c:Cluster {id: clusterId})
  MERGE (c)-[:HAS_LINK]->(l)
}
CALL (l) {
  MATCH (l)-[r:PART_OF]->(p:Link)
  WHERE p.id <> $parent OR $parent IS NULL
  DELETE r
}
CALL (l) {
  MATCH (p:Link {id: $parent})
  MERGE (l)-[:PART_OF]->(p)
}
RETURN l {.*,
  clusters: COLLECT { MATCH (c:Cluster)-[:HAS_LINK]->(l) RETURN c.id ORDER BY c.id },
  parent: [(l)-[:PART_OF]->(p:Link) | p.id][0]} AS link
