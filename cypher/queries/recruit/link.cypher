// Recruit candidates for one link of a cluster: the outside (non-local) enterprises operating in it, with the
// figures of their score. No row: unknown cluster; linkId null: no such link in the cluster.
// customers: distinct local enterprises the candidate already supplies (SUPPLIES of any link).
// National scale (bench/oracle/recruit/link.cypher lists every candidate): one pass over the candidates returns
// only those that can be among the first $limit. The score is computed here as the service computes it
// (RecruitScoring: head, scale, share, customers, region, tags; weights as parameters); the best $cap (> $limit)
// are kept by a bounded top-k (ORDER BY … LIMIT), and of them every candidate within 2e-6 of the $limit-th score
// or above is returned, a margin far wider than any difference between this sum and the service's (rounded to 6
// decimals), so the service's own ranking of these is the ranking of all. `truncated`: the $cap-th is still
// within the margin, so candidates tied with it may be missing: the service asks again with a $cap that keeps
// every candidate (RecruitRepository).
// A candidate that supplies nobody (the SUPPLIES out-degree, from the degree store) has 0 customers without an
// expansion.
MATCH (c:Cluster {id: $id})
OPTIONAL MATCH (c)-[:HAS_LINK]->(l:Link {id: $linkId})
CALL (l) {
  MATCH (e:Enterprise)-[o:OPERATES_IN]->(l)
  WHERE NOT coalesce(e.local, false)
  WITH e, o, CASE WHEN COUNT { (e)-[:SUPPLIES]->() } = 0 THEN 0
                  ELSE COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise {local: true}) RETURN DISTINCT b } END AS customers
  WITH e, o, customers,
       $wHead * CASE WHEN e.head = true THEN 1.0 ELSE 0.0 END
       + $wScale * log10(1 + CASE WHEN e.aboveScale = true AND coalesce(e.revenue, 0) < 2000.0 THEN 2000.0
                                  ELSE CASE WHEN coalesce(e.revenue, 0) < 0 THEN 0.0 ELSE toFloat(coalesce(e.revenue, 0)) END END / 2000.0)
       + $wShare * coalesce(o.share, 0.0)
       + $wCustomers * log(1 + customers) / log(2)
       + $wRegion * CASE WHEN e.region IS NOT NULL AND any(r IN $regions WHERE e.region STARTS WITH r) THEN 1.0 ELSE 0.0 END
       + $wTags * (CASE WHEN any(t IN coalesce(e.tags, []) WHERE t CONTAINS '专精特新') THEN 1 ELSE 0 END
                   + CASE WHEN any(t IN coalesce(e.tags, []) WHERE t STARTS WITH '高新') THEN 1 ELSE 0 END
                   + CASE WHEN e.listed = true OR '上市' IN coalesce(e.tags, []) THEN 1 ELSE 0 END) AS score
  ORDER BY score DESC
  LIMIT $cap
  RETURN collect({candidate: e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
                                share: o.share, customers: customers, gaps: [] },
                  score: score}) AS top
}
WITH c, l, top, CASE WHEN size(top) < $limit THEN null ELSE top[$limit - 1].score - 2e-6 END AS floor
RETURN c.id AS clusterId, l.id AS linkId,
       size(top) >= $cap AND floor IS NOT NULL AND top[-1].score >= floor AS truncated,
       [t IN top WHERE floor IS NULL OR t.score >= floor | t.candidate] AS candidates
