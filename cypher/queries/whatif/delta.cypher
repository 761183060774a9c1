// What-if on top of the cluster's gap figures (whatif/WhatIfRepository): what $recruit and $remove change, read
// from their own relationships only. The local count of each link before is the gap figures' localCount, kept at
// the write version, so the 1 % local enterprises' OPERATES_IN are not read again per request. Read only. No row:
// unknown cluster. Otherwise one row:
//  - gained: per cluster link, the recruits operating in it that are not local and not removed;
//  - lost: per cluster link, the removed enterprises operating in it that are local;
//    so after = before + gained - lost = |(locals + recruits) - removed|, as whatif/scenario counts it;
//  - orphaned, unknownRecruit, unknownRemove: as whatif/scenario (the same lines; it is the answer when the figures
//    are not exact at the version read after this statement).
MATCH (c:Cluster {id: $id})
CALL (c) {
  UNWIND $recruit AS rid
  MATCH (r:Enterprise {id: rid})-[:OPERATES_IN]->(m:Link)<-[:HAS_LINK]-(c)
  WHERE r.local IS NULL OR r.local <> true
  WITH m, r WHERE NOT r.id IN $remove
  WITH m, count(DISTINCT r) AS n
  RETURN collect({linkId: m.id, n: n}) AS gained
}
CALL (c) {
  UNWIND $remove AS gid
  MATCH (x:Enterprise {id: gid})-[:OPERATES_IN]->(m:Link)<-[:HAS_LINK]-(c)
  WHERE x.local = true
  WITH m, count(DISTINCT x) AS n
  RETURN collect({linkId: m.id, n: n}) AS lost
}
CALL (c) {
  UNWIND $remove AS gone
  MATCH (s:Enterprise {id: gone})-[r:SUPPLIES]->(b:Enterprise)
  WHERE (b.local = true OR b.id IN $recruit) AND NOT b.id IN $remove
    AND EXISTS { (c)-[:HAS_LINK]->(:Link {id: r.link}) }
    AND NOT EXISTS { MATCH (other:Enterprise)-[:SUPPLIES {link: r.link}]->(b) WHERE NOT other.id IN $remove }
  WITH DISTINCT b, r.link AS linkId
  RETURN collect({enterpriseId: b.id, name: b.name, linkId: linkId}) AS orphaned
}
RETURN c.id AS clusterId, gained, lost, orphaned,
       [i IN range(0, size($recruit) - 1) WHERE NOT EXISTS { MATCH (:Enterprise {id: $recruit[i]}) }] AS unknownRecruit,
       [i IN range(0, size($remove) - 1) WHERE NOT EXISTS { MATCH (:Enterprise {id: $remove[i]}) }] AS unknownRemove
