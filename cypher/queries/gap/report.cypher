// The gap report of one cluster: every link's figures in one statement (no query per link).
// No row: unknown cluster. One row with `links` (possibly empty) otherwise.
//  - supplierCount / localCount: distinct enterprises (all / local) operating in the link;
//  - topShare, hhi: from the known OPERATES_IN shares only (null when none is known);
//  - localDemand: distinct local enterprises operating in links reached from this one by FEEDS, every step
//    staying inside the cluster's links (the link itself excluded, so a FEEDS cycle back to it adds nothing);
//  - externalDependency: distinct local buyers of the link's product (SUPPLIES {link}) from a non-local supplier.
// National scale (bench/oracle/gap/report.cypher is the plain statement this one must agree with):
//  - local figures are read from the local side (1 % of the enterprises) through the enterprise_local index: the
//    locals' OPERATES_IN once, and their incoming SUPPLIES once, instead of every operator and every supply of
//    every link;
//  - supplierCount is the link's OPERATES_IN in-degree (the degree store, no expansion): OPERATES_IN only ever
//    leaves an Enterprise and is MERGEd, so there is one per enterprise and link;
//  - only the shares are read per relationship.
// localDemand: reachability, not paths: the quantified pattern's only predicate is list membership and only
// DISTINCT d is used, so the planner runs a pruning breadth-first expand (each link visited once, cycles cost
// nothing). Do not write it with ANY/SHORTEST or with a pattern predicate (see QueryPlanTest).
MATCH (c:Cluster {id: $id})
CALL (c) {
  WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(m:Link) RETURN m } AS members
  // each member's local enterprises, from the local side
  CALL (members) {
    MATCH (x:Enterprise {local: true})
    USING INDEX x:Enterprise(local)
    MATCH (x)-[:OPERATES_IN]->(m:Link)
    WHERE m IN members
    WITH m, collect(DISTINCT x) AS locals
    RETURN collect({link: m, locals: locals}) AS localsOf
  }
  // local buyers of each member's product from a non-local supplier, from the local side (the locals' incoming
  // SUPPLIES, 1 % of all; only the groups of the cluster's links are kept, so the lookups below stay small; a
  // link filter on the relationship itself made the planner scan every enterprise, see QueryPlanTest)
  CALL (members) {
    WITH [m IN members | m.id] AS memberIds
    MATCH (b:Enterprise {local: true})
    USING INDEX b:Enterprise(local)
    MATCH (s:Enterprise)-[r:SUPPLIES]->(b)
    WHERE NOT coalesce(s.local, false)
    WITH memberIds, r.link AS linkId, count(DISTINCT b) AS n
    WHERE linkId IN memberIds
    RETURN collect({linkId: linkId, n: n}) AS dependency
  }
  UNWIND members AS l
  CALL (l) {
    OPTIONAL MATCH ()-[o:OPERATES_IN]->(l)
    WHERE o.share IS NOT NULL
    RETURN max(o.share) AS topShare,
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
  WITH l, topShare, hhi, downstreamLinks, localDemand, localsOf, dependency,
       COUNT { (l)<-[:OPERATES_IN]-() } AS supplierCount
  RETURN collect(l {
    .id, .name, .stage, declared: coalesce(l.chokepoint, false),
    supplierCount,
    localCount: coalesce([p IN localsOf WHERE p.link = l | size(p.locals)][0], 0),
    topShare, hhi, downstreamLinks, localDemand,
    externalDependency: coalesce([d IN dependency WHERE d.linkId = l.id | d.n][0], 0)
  }) AS links
}
RETURN c.id AS clusterId, links
