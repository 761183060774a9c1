// Whether link $from feeds link $to.
OPTIONAL MATCH (:Link {id: $from})-[r:FEEDS]->(:Link {id: $to})
RETURN CASE WHEN r IS NULL THEN null ELSE {from: $from, to: $to} END AS state,
       COLLECT { MATCH (l:Link)<-[:HAS_LINK]-(c:Cluster) WHERE l.id IN [$from, $to] RETURN DISTINCT c.id AS id ORDER BY id } AS clusters
