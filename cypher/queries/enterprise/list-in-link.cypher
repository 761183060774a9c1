// One page of enterprise/list when the link filter is set: read from the link's side (its operators), not from
// every enterprise, the other filters as in enterprise/list; the same order (name key, then id).
MATCH (:Link {id: $link})<-[:OPERATES_IN]-(e:Enterprise)
WITH DISTINCT e
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
RETURN e.id AS id
ORDER BY e.nameKey, e.id
SKIP $skip LIMIT $size
