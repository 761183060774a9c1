// A name search whose text is Chinese characters only (enterprise/EnterpriseRepository), ranked and paged in the
// database: the same candidates, tiers and order as enterprise/search ordered by the service, without reading every
// enterprise's names or handing every candidate to the service. For such a text, lower-casing changes nothing that
// could match it (no case mapping makes or removes a Chinese character), so toLower(e.name) CONTAINS $lq is
// e.name CONTAINS $lq, which the TEXT indexes on name and nameEn answer; the same holds for the tiers' = and
// STARTS WITH. Order: tier (3 exact, 2 prefix, 1 contains, 0 words only), then the full-text score, then the name in
// pinyin order (the stored nameKey compares as the collator does, support/NameKeys), then id. One row: the page's ids
// with their tiers; the total is enterprise/search-ranked-count, in the same transaction (one statement for both
// held every candidate in a list: ten times the memory of the service-ordered search, which 16 clients at 1M
// enterprises pushed over the database's transaction memory). EnterpriseSearchDifferentialTest holds both to
// enterprise/search.
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
WITH e, score,
     CASE
       WHEN e.name = $lq OR e.nameEn = $lq THEN 3
       WHEN e.name STARTS WITH $lq OR e.nameEn STARTS WITH $lq THEN 2
       WHEN e.name CONTAINS $lq OR e.nameEn CONTAINS $lq THEN 1
       ELSE 0
     END AS tier
ORDER BY tier DESC, score DESC, e.nameKey, e.id
SKIP $skip
LIMIT $size
RETURN collect({id: e.id, tier: tier}) AS page
