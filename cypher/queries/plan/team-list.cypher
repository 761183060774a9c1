// The top teams of a cluster (all, or the one with id $id), ordered by id, with the names of their links.
// No row: unknown cluster.
MATCH (c:Cluster {id: $cluster})
RETURN COLLECT { MATCH (n:Team)-[:IN_CLUSTER]->(c) WHERE $id IS NULL OR n.id = $id
                 WITH n, c, COLLECT { MATCH (n)-[:FOR_LINK]->(l:Link) RETURN l ORDER BY l.id } AS ls
                 RETURN {record: n {.*, cluster: c.id, links: [l IN ls | l.id]},
                         linkNames: [l IN ls | coalesce(l.name, l.id)]}
                        AS item ORDER BY n.id } AS items
