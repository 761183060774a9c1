// The cluster's recruitment list (头部企业清单): every outside enterprise operating in at least one gap of the
// cluster (a link with localCount < $weakBelow, i.e. MISSING or WEAK), with the gaps it would fill.
// No row: unknown cluster.
// National scale (bench/oracle/recruit/cluster.cypher lists every candidate): local counts come from the local
// side (the enterprise_local index: the locals' OPERATES_IN only), and one pass over the candidates returns only
// those that can be among the first $limit. The service orders by gap count, then score (RecruitScoring; share =
// the largest known share over the gaps), then id: the best $cap (> $limit) by (gapCount, score) are kept by a
// bounded top-k (ORDER BY … LIMIT), and of them every candidate with more gaps than the $limit-th, or as many and
// a score within 2e-6 of it or above (see recruit/link.cypher). `truncated`: the $cap-th is still within that
// margin; the service asks again with a $cap that keeps every candidate (RecruitRepository).
MATCH (c:Cluster {id: $id})
CALL (c) {
  WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(m:Link) RETURN m } AS members
  CALL (members) {
    MATCH (x:Enterprise {local: true})
    USING INDEX x:Enterprise(local)
    MATCH (x)-[:OPERATES_IN]->(m:Link)
    WHERE m IN members
    WITH m, count(DISTINCT x) AS n
    RETURN collect({link: m, n: n}) AS localCounts
  }
  UNWIND members AS m
  WITH m, coalesce([p IN localCounts WHERE p.link = m | p.n][0], 0) AS localCount
  WHERE localCount < $weakBelow
  RETURN collect({link: m, localCount: localCount}) AS gapLinks
}
CALL (gapLinks) {
  UNWIND gapLinks AS g
  WITH g.link AS l, g.localCount AS localCount
  MATCH (e:Enterprise)-[o:OPERATES_IN]->(l)
  WHERE NOT coalesce(e.local, false)
  WITH e, collect({linkId: l.id, name: l.name, stage: l.stage, localCount: localCount, share: o.share}) AS gaps
  WITH e, gaps, size(gaps) AS gapCount, reduce(m = null, g IN gaps | CASE WHEN g.share IS NULL OR (m IS NOT NULL AND m >= g.share) THEN m ELSE g.share END) AS share,
       CASE WHEN COUNT { (e)-[:SUPPLIES]->() } = 0 THEN 0
            ELSE COUNT { MATCH (e)-[:SUPPLIES]->(b:Enterprise {local: true}) RETURN DISTINCT b } END AS customers
  WITH e, gaps, customers, gapCount,
       $wHead * CASE WHEN e.head = true THEN 1.0 ELSE 0.0 END
       + $wScale * log10(1 + CASE WHEN e.aboveScale = true AND coalesce(e.revenue, 0) < 2000.0 THEN 2000.0
                                  ELSE CASE WHEN coalesce(e.revenue, 0) < 0 THEN 0.0 ELSE toFloat(coalesce(e.revenue, 0)) END END / 2000.0)
       + $wShare * coalesce(share, 0.0)
       + $wCustomers * log(1 + customers) / log(2)
       + $wRegion * CASE WHEN e.region IS NOT NULL AND any(r IN $regions WHERE e.region STARTS WITH r) THEN 1.0 ELSE 0.0 END
       + $wTags * (CASE WHEN any(t IN coalesce(e.tags, []) WHERE t CONTAINS '专精特新') THEN 1 ELSE 0 END
                   + CASE WHEN any(t IN coalesce(e.tags, []) WHERE t STARTS WITH '高新') THEN 1 ELSE 0 END
                   + CASE WHEN e.listed = true OR '上市' IN coalesce(e.tags, []) THEN 1 ELSE 0 END) AS score
  ORDER BY gapCount DESC, score DESC
  LIMIT $cap
  RETURN collect({candidate: e { .id, .name, .region, .country, .revenue, .aboveScale, .head, .listed, .tags,
                                share: null, customers: customers, gaps: gaps },
                  gapCount: gapCount, score: score}) AS top
}
WITH c, top, CASE WHEN size(top) < $limit THEN null ELSE top[$limit - 1] END AS last
RETURN c.id AS clusterId,
       size(top) >= $cap AND last IS NOT NULL
         AND (top[-1].gapCount > last.gapCount OR (top[-1].gapCount = last.gapCount AND top[-1].score >= last.score - 2e-6))
         AS truncated,
       [t IN top WHERE last IS NULL OR t.gapCount > last.gapCount
                       OR (t.gapCount = last.gapCount AND t.score >= last.score - 2e-6) | t.candidate] AS candidates
