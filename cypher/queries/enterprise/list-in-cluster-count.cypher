// How many enterprises pass the filters of enterprise/list-in-cluster (the cluster filter set, the link filter not).
MATCH (:Cluster {id: $cluster})-[:HAS_LINK]->(:Link)<-[:OPERATES_IN]-(e:Enterprise)
WITH DISTINCT e
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
RETURN count(e) AS total
