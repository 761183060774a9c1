// Export: measures with their cluster, links and targets.
MATCH (n:Measure)
RETURN n {.*, cluster: COLLECT { MATCH (n)-[:OF_CLUSTER]->(c) RETURN c.id }[0],
              links: COLLECT { MATCH (n)-[:FOR_LINK]->(l) RETURN l.id ORDER BY l.id },
              targets: COLLECT { MATCH (n)-[:FOR_TARGET]->(g) RETURN g.id ORDER BY g.id }} AS record
ORDER BY n.id
