// The clusters of each of $ids (links); a link that does not exist answers exists = false.
UNWIND $ids AS id
OPTIONAL MATCH (l:Link {id: id})
RETURN id, l IS NOT NULL AS exists, COLLECT { MATCH (l)<-[:HAS_LINK]-(c:Cluster) RETURN c.id ORDER BY c.id } AS clusters
