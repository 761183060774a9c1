// The gap report of one cluster: every link's figures in one statement (no query per link).
// No row: unknown cluster. One row with `links` (possibly empty) otherwise.
//  - supplierCount / localCount: distinct enterprises (all / local) operating in the link;
//  - topShare, hhi: from the known OPERATES_IN shares only (null when none is known);
//  - localDemand: distinct local enterprises operating in links reached from this one by FEEDS, every step
//    staying inside the cluster's links (the link itself excluded, so a FEEDS cycle back to it adds nothing).
//    Reachability, not paths: the quantified pattern's only predicate is list membership and only DISTINCT d is
//    used, so the planner runs a pruning breadth-first expand (each link visited once, cycles cost nothing).
//    Do not write it with ANY/SHORTEST or with a pattern predicate: on a few hundred links with cycles those
//    plans enumerate paths and do not finish (see QueryPlanTest).
//  - externalDependency: distinct local buyers of the link's product (SUPPLIES {link}) from a non-local supplier.
MATCH (c:Cluster {id: $id})
CALL (c) {
  WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(m:Link) RETURN m } AS members
  // each link's local enterprises, read once (not once per upstream link that reaches it)
  WITH members, [m IN members | {link: m, locals: COLLECT { MATCH (x:Enterprise {local: true})-[:OPERATES_IN]->(m)
                                                           RETURN DISTINCT x }}] AS localsOf
  UNWIND members AS l
  CALL (l) {
    OPTIONAL MATCH (e:Enterprise)-[o:OPERATES_IN]->(l)
    RETURN count(DISTINCT e) AS supplierCount,
           count(DISTINCT CASE WHEN e.local = true THEN e END) AS localCount,
           max(o.share) AS topShare,
           CASE WHEN count(o.share) = 0 THEN null ELSE sum(o.share * o.share) END AS hhi
  }
  CALL (members, localsOf, l) {
    OPTIONAL MATCH (l) ((:Link)-[:FEEDS]->(b:Link) WHERE b IN members)+ (d:Link)
    WITH DISTINCT d WHERE d <> l
    WITH collect(d) AS downstream
    RETURN size(downstream) AS downstreamLinks,
           COUNT { UNWIND [p IN localsOf WHERE p.link IN downstream] AS p UNWIND p.locals AS x RETURN DISTINCT x }
             AS localDemand
  }
  CALL (l) {
    // A seek by link id, pinned: on stale index statistics (after a bulk import, before Neo4j resamples) the
    // planner chose to scan the whole SUPPLIES(link) index once per link instead.
    WITH l.id AS linkId
    OPTIONAL MATCH (s:Enterprise)-[r:SUPPLIES {link: linkId}]->(b:Enterprise {local: true})
    USING INDEX SEEK r:SUPPLIES(link)
    WHERE NOT coalesce(s.local, false)
    RETURN count(DISTINCT b) AS externalDependency
  }
  RETURN collect(l {
    .id, .name, .stage, declared: coalesce(l.chokepoint, false),
    supplierCount, localCount, topShare, hhi, downstreamLinks, localDemand, externalDependency
  }) AS links
}
RETURN c.id AS clusterId, links
