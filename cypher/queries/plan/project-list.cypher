// The backbone projects of a cluster (all, or the one with id $id), ordered by id, with the names of their
// links and enterprise. No row: unknown cluster.
MATCH (c:Cluster {id: $cluster})
RETURN COLLECT { MATCH (n:Project)-[:IN_CLUSTER]->(c) WHERE $id IS NULL OR n.id = $id
                 WITH n, c,
                      COLLECT { MATCH (n)-[:FOR_LINK]->(l:Link) RETURN l ORDER BY l.id } AS ls,
                      COLLECT { MATCH (n)-[:BY]->(e:Enterprise) RETURN e }[0] AS e
                 RETURN {record: n {.*, cluster: c.id, links: [l IN ls | l.id], enterprise: e.id},
                         linkNames: [l IN ls | coalesce(l.name, l.id)], enterpriseName: e.name}
                        AS item ORDER BY n.id } AS items
