// Link $id as it is now: properties, clusters and parent (null when absent).
OPTIONAL MATCH (l:Link {id: $id})
WITH l, properties(l) AS p,
     COLLECT { MATCH (l)<-[:HAS_LINK]-(c:Cluster) RETURN c.id ORDER BY c.id } AS clusters,
     COLLECT { MATCH (l)-[:PART_OF]->(parent:Link) RETURN parent.id }[0] AS parent
RETURN CASE WHEN l IS NULL THEN null ELSE p {.*, clusters: clusters, parent: parent} END AS state, clusters
