// One page of the enterprises passing the filters, in pinyin order of their names (the stored name key, see
// support/NameKeys), then by id: the database keeps only the page's rows while it sorts (a top-k, not a full sort).
// enterprise/page fetches the page's fields; enterprise/list-count the total, in the same transaction.
// Used when no filter that narrows the reading is set (enterprise/Listings): a link, a cluster or local = true have
// statements of their own (list-in-link, list-in-cluster, list-local), and no filter at all list-all; each must
// give what this one gives (QueryPlanTest, NameKeysTest).
MATCH (e:Enterprise)
WHERE ($local IS NULL OR e.local = $local)
  AND ($region IS NULL OR e.region STARTS WITH $region)
  AND ($tag IS NULL OR $tag IN e.tags)
  AND ($link IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link {id: $link}) })
  AND ($cluster IS NULL OR EXISTS { (e)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(:Cluster {id: $cluster}) })
RETURN e.id AS id
ORDER BY e.nameKey, e.id
SKIP $skip LIMIT $size
