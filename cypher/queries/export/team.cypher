// Export: top teams with their cluster and links.
MATCH (t:Team)
RETURN t {.*, cluster: COLLECT { MATCH (t)-[:IN_CLUSTER]->(c) RETURN c.id }[0],
              links: COLLECT { MATCH (t)-[:FOR_LINK]->(l) RETURN l.id ORDER BY l.id }} AS record
ORDER BY t.id
