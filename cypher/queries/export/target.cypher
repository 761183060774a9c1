// Export: targets with their cluster.
MATCH (n:Target) RETURN n {.*, cluster: COLLECT { MATCH (n)-[:OF_CLUSTER]->(c) RETURN c.id }[0]} AS record ORDER BY n.id
