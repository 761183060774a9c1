// The enterprises passing the filters, as (id, name) only: a text search in Latin letters matches their names'
// pinyin initials against it in the service (PinyinInitials), and orders those found with the others.
MATCH (e:Enterprise)
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($link IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link {id: $link}) })
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
// One row holding every candidate: much cheaper over Bolt than one record per candidate.
RETURN collect({id: e.id, name: e.name}) AS candidates
