// Disruption impact: what if enterprise $id stopped supplying (its OPERATES_IN and SUPPLIES vanish)?
// Read only. No row: unknown enterprise. Otherwise one row:
//  - orphaned: local buyers (other than it) whose only supplier of a link is this enterprise;
//  - clusters: every cluster with a link it operates in, each link's local count with and without it;
//  - statusLinks: links whose status changes without it: it is local, operates there, and the link's local
//    count n is 1 (→ MISSING) or $weakBelow (STRONG → WEAK);
//  - blast: links reached downstream by FEEDS (any cluster) from the source links (statusLinks and the links
//    of the orphaned pairs), with the fewest FEEDS steps from a source (0 for a source itself). min(length(p))
//    over a variable-length pattern is planned as a breadth-first pruning expand (each link once, with its
//    depth); SHORTEST over a quantified pattern did not finish on a few hundred links with cycles.
MATCH (x:Enterprise {id: $id})
CALL (x) {
  OPTIONAL MATCH (x)-[r:SUPPLIES]->(b:Enterprise {local: true})
  WHERE b <> x AND NOT EXISTS { MATCH (s:Enterprise)-[:SUPPLIES {link: r.link}]->(b) WHERE s <> x }
  WITH DISTINCT b, r.link AS linkId
  RETURN collect(CASE WHEN b IS NOT NULL THEN {enterpriseId: b.id, name: b.name, linkId: linkId} END) AS orphaned
}
CALL (x) {
  OPTIONAL MATCH (x)-[:OPERATES_IN]->(:Link)<-[:HAS_LINK]-(c:Cluster)
  WITH DISTINCT c
  WHERE c IS NOT NULL
  CALL (c, x) {
    MATCH (c)-[:HAS_LINK]->(l:Link)
    CALL (l, x) {
      OPTIONAL MATCH (e:Enterprise {local: true})-[:OPERATES_IN]->(l)
      RETURN count(DISTINCT e) AS before, count(DISTINCT CASE WHEN e <> x THEN e END) AS after
    }
    RETURN collect(l { .id, .name, .stage, before, after }) AS links
  }
  RETURN collect({clusterId: c.id, name: c.name, links: links}) AS clusters
}
CALL (x) {
  OPTIONAL MATCH (x)-[:OPERATES_IN]->(l:Link)
  WHERE x.local = true
  WITH l, COUNT { MATCH (e:Enterprise {local: true})-[:OPERATES_IN]->(l) RETURN DISTINCT e } AS n
  WHERE l IS NOT NULL AND (n = 1 OR n = $weakBelow)
  RETURN collect(DISTINCT l.id) AS statusLinks
}
CALL (x, orphaned, statusLinks) {
  UNWIND statusLinks + [o IN orphaned | o.linkId] AS sourceId
  WITH DISTINCT sourceId
  MATCH (s:Link {id: sourceId})
  MATCH p = (s)-[:FEEDS*0..]->(d:Link)
  WITH d, min(length(p)) AS distance
  RETURN collect(d {
    linkId: d.id, .name, .stage, distance,
    clusters: COLLECT { MATCH (cl:Cluster)-[:HAS_LINK]->(d) RETURN cl.id ORDER BY cl.id },
    exposedLocal: COUNT { MATCH (e:Enterprise {local: true})-[:OPERATES_IN]->(d) WHERE e <> x RETURN DISTINCT e }
  }) AS blast
}
RETURN x.id AS enterpriseId, x.name AS name, coalesce(x.local, false) AS local, orphaned, clusters, statusLinks,
       blast
