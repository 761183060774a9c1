// Link $id as stored: its properties, clusters and parent (to judge a chief's replace of a shared link).
OPTIONAL MATCH (l:Link {id: $id})
RETURN l IS NOT NULL AS exists, properties(l) AS props,
       COLLECT { MATCH (l)<-[:HAS_LINK]-(c:Cluster) RETURN c.id ORDER BY c.id } AS clusters,
       COLLECT { MATCH (l)-[:PART_OF]->(p:Link) RETURN p.id }[0] AS parent
