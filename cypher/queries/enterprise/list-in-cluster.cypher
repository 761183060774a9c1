// One page of enterprise/list when the cluster filter is set (and the link filter is not): read from the cluster's
// side (the operators of its links, each enterprise once), not from every enterprise, the other filters as in
// enterprise/list; the same order (name key, then id).
MATCH (:Cluster {id: $cluster})-[:HAS_LINK]->(:Link)<-[:OPERATES_IN]-(e:Enterprise)
WITH DISTINCT e
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
RETURN e.id AS id
ORDER BY e.nameKey, e.id
SKIP $skip LIMIT $size
