// Enterprise $id as it is now; its clusters are those of the links it operates in.
OPTIONAL MATCH (e:Enterprise {id: $id})
RETURN CASE WHEN e IS NULL THEN null ELSE properties(e) END AS state,
       COLLECT { MATCH (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(c:Cluster) RETURN DISTINCT c.id AS id ORDER BY id } AS clusters
