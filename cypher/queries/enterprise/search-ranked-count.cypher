// The number of candidates of a Chinese-only name search (enterprise/search-ranked, the same candidates and filters).
CALL () {
  CALL db.index.fulltext.queryNodes('enterprise_name_search', $lucene) YIELD node, score
  WITH node AS e, score
  WHERE e:Enterprise
  RETURN e, score
  UNION ALL
  MATCH (e:Enterprise)
  WHERE e.name CONTAINS $lq
  RETURN e, 0.0 AS score
  UNION ALL
  MATCH (e:Enterprise)
  WHERE e.nameEn CONTAINS $lq
  RETURN e, 0.0 AS score
}
WITH e, max(score) AS score
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($link IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link {id: $link}) })
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
RETURN count(*) AS total
