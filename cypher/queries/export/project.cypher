// Export: backbone projects with their cluster, link and enterprise.
MATCH (p:Project)
RETURN p {.*, cluster: COLLECT { MATCH (p)-[:IN_CLUSTER]->(c) RETURN c.id }[0],
              link: COLLECT { MATCH (p)-[:FOR_LINK]->(l) RETURN l.id }[0],
              enterprise: COLLECT { MATCH (p)-[:BY]->(e) RETURN e.id }[0]} AS record
ORDER BY p.id
