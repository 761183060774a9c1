// How many enterprises pass the filters of enterprise/list.
MATCH (e:Enterprise)
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($link IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link {id: $link}) })
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
RETURN count(e) AS total
