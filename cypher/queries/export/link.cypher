// Export: links with their clusters and parent, by id.
MATCH (l:Link)
RETURN l {.*, clusters: COLLECT { MATCH (c:Cluster)-[:HAS_LINK]->(l) RETURN c.id ORDER BY c.id },
           parent: COLLECT { MATCH (l)-[:PART_OF]->(p:Link) RETURN p.id }[0]} AS record
ORDER BY l.id
