// How many enterprises pass the filters of enterprise/list-in-link (the link filter set), read from the link's side.
MATCH (:Link {id: $link})<-[:OPERATES_IN]-(e:Enterprise)
WITH DISTINCT e
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
RETURN count(e) AS total
