// The clusters of every link enterprise $id operates in.
OPTIONAL MATCH (e:Enterprise {id: $id})
RETURN e IS NOT NULL AS exists,
       COLLECT { MATCH (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(c:Cluster) RETURN DISTINCT c.id AS id ORDER BY id } AS clusters
