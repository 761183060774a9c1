// Export: backbone projects with their cluster, links and enterprise.
MATCH (p:Project)
RETURN p {.*, cluster: COLLECT { MATCH (p)-[:IN_CLUSTER]->(c) RETURN c.id }[0],
              links: COLLECT { MATCH (p)-[:FOR_LINK]->(l) RETURN l.id ORDER BY l.id },
              enterprise: COLLECT { MATCH (p)-[:BY]->(e) RETURN e.id }[0]} AS record
ORDER BY p.id
