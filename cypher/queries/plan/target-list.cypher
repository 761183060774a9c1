// The targets of a cluster (all, or the one with id $id), ordered by id. No row: unknown cluster.
MATCH (c:Cluster {id: $cluster})
RETURN COLLECT { MATCH (n:Target)-[:OF_CLUSTER]->(c) WHERE $id IS NULL OR n.id = $id
                 RETURN {record: n {.*, cluster: c.id}} AS item ORDER BY n.id } AS items
