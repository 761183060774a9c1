// A cluster's links for its mind map: each link's parent (when the parent is a link of the same cluster) and the
// local enterprises operating in it with their size marks. Statuses and scores come from the gap report.
// One row; no row for an unknown cluster.
MATCH (c:Cluster {id: $id})
RETURN c {.id, .name, .nameEn, .chief} AS cluster,
  COLLECT { MATCH (c)-[:HAS_LINK]->(l:Link)
            RETURN l {.id, .name, .stage,
                      parent: [(l)-[:PART_OF]->(p:Link) WHERE (c)-[:HAS_LINK]->(p) | p.id][0]} AS l
            ORDER BY l.id } AS links,
  COLLECT { MATCH (c)-[:HAS_LINK]->(l:Link)<-[:OPERATES_IN]-(e:Enterprise {local: true})
            RETURN DISTINCT {linkId: l.id, id: e.id, name: e.name, revenue: e.revenue,
                             aboveScale: coalesce(e.aboveScale, false), head: coalesce(e.head, false)} AS o } AS operates
