// A cluster's chain for drawing: its links with their parent and coverage, and the FEEDS relationships whose
// two ends are both links of this cluster. The service orders the links (stage, then name in pinyin order).
MATCH (c:Cluster {id: $id})
RETURN c {.id, .name, .nameEn, .chief, .description} AS cluster,
  COLLECT {
    MATCH (c)-[:HAS_LINK]->(l:Link)
    RETURN l {.id, .name, .nameEn, .stage, .chokepoint,
              parent: [(l)-[:PART_OF]->(p:Link) | p.id][0],
              localCount: COUNT { (l)<-[:OPERATES_IN]-(:Enterprise {local: true}) },
              supplierCount: COUNT { (l)<-[:OPERATES_IN]-(:Enterprise) }}
  } AS links,
  COLLECT {
    MATCH (c)-[:HAS_LINK]->(a:Link)-[:FEEDS]->(b:Link)<-[:HAS_LINK]-(c)
    RETURN {from: a.id, to: b.id} AS feed ORDER BY feed.from, feed.to
  } AS feeds
