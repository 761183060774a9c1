// Export: top teams with their cluster and link.
MATCH (t:Team)
RETURN t {.*, cluster: COLLECT { MATCH (t)-[:IN_CLUSTER]->(c) RETURN c.id }[0],
              link: COLLECT { MATCH (t)-[:FOR_LINK]->(l) RETURN l.id }[0]} AS record
ORDER BY t.id
