// Candidates of a name search, before ordering and paging (done by the service). Two sources, merged:
// - the full-text index enterprise_name_search (cjk analyzer: overlapping character pairs, lower-cased words), which ranks
//   (score) and matches whole words in any order; $lucene is built from the user's words, escaped and quoted;
// - a case-insensitive substring match on name and nameEn, which finds what the index cannot: single
//   characters ("晶"), odd-length fragments, parts of English words.
// tier: 3 exact name, 2 name starts with the query, 1 name contains it, 0 matched by the index only.
CALL () {
  CALL db.index.fulltext.queryNodes('enterprise_name_search', $lucene) YIELD node, score
  WITH node AS e, score
  WHERE e:Enterprise
  RETURN e, score
  UNION ALL
  MATCH (e:Enterprise)
  WHERE toLower(e.name) CONTAINS $lq OR toLower(e.nameEn) CONTAINS $lq
  RETURN e, 0.0 AS score
}
WITH e, max(score) AS score
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($link IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link {id: $link}) })
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
WITH e, score, toLower(e.name) AS n, toLower(e.nameEn) AS en
// One row holding every candidate: much cheaper over Bolt than one record per candidate.
RETURN collect({id: e.id, name: e.name, score: score, tier:
  CASE
    WHEN n = $lq OR en = $lq THEN 3
    WHEN n STARTS WITH $lq OR en STARTS WITH $lq THEN 2
    WHEN n CONTAINS $lq OR en CONTAINS $lq THEN 1
    ELSE 0
  END}) AS candidates
