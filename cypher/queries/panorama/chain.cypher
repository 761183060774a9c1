// A cluster's chain for its panorama: each link's parent (when the parent is a link of the same cluster) and the
// FEEDS relationships whose two ends are both links of the cluster. Statuses come from the gap report.
// One row; no row for an unknown cluster.
MATCH (c:Cluster {id: $id})
RETURN c {.id, .name} AS cluster,
  COLLECT { MATCH (c)-[:HAS_LINK]->(l:Link)
            RETURN {id: l.id, parent: [(l)-[:PART_OF]->(p:Link) WHERE (c)-[:HAS_LINK]->(p) | p.id][0]} AS l
            ORDER BY l.id } AS links,
  COLLECT { MATCH (c)-[:HAS_LINK]->(a:Link)-[:FEEDS]->(b:Link)<-[:HAS_LINK]-(c)
            RETURN {from: a.id, to: b.id} AS feed ORDER BY feed.from, feed.to } AS feeds
