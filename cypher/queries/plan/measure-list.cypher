// The measures of a cluster (all, or the one with id $id), ordered by id, with the names of their links and
// targets (in the order of the ids). No row: unknown cluster.
MATCH (c:Cluster {id: $cluster})
RETURN COLLECT { MATCH (n:Measure)-[:OF_CLUSTER]->(c) WHERE $id IS NULL OR n.id = $id
                 WITH n, c,
                      COLLECT { MATCH (n)-[:FOR_LINK]->(l:Link) RETURN l ORDER BY l.id } AS ls,
                      COLLECT { MATCH (n)-[:FOR_TARGET]->(g:Target) RETURN g ORDER BY g.id } AS gs
                 RETURN {record: n {.*, cluster: c.id, links: [l IN ls | l.id], targets: [g IN gs | g.id]},
                         linkNames: [l IN ls | coalesce(l.name, l.id)], targetNames: [g IN gs | coalesce(g.name, g.id)]}
                        AS item ORDER BY n.id } AS items
