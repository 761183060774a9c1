// What if the zone recruits $recruit (they count as local) and loses $remove (gone: their OPERATES_IN and
// SUPPLIES vanish)? Read only. No row: unknown cluster. Otherwise one row:
//  - links: every link of the cluster with its local count before and after;
//  - orphaned: local buyers (after the scenario) of a cluster link whose every supplier of it is removed;
//  - unknownRecruit / unknownRemove: positions of ids that are no enterprise.
MATCH (c:Cluster {id: $id})
CALL (c) {
  MATCH (c)-[:HAS_LINK]->(l:Link)
  CALL (l) {
    OPTIONAL MATCH (e:Enterprise)-[:OPERATES_IN]->(l)
    RETURN count(DISTINCT CASE WHEN e.local = true THEN e END) AS before,
           count(DISTINCT CASE WHEN (e.local = true OR e.id IN $recruit) AND NOT e.id IN $remove THEN e END) AS after
  }
  RETURN collect(l { .id, .name, .stage, before, after }) AS links
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
RETURN c.id AS clusterId, links, orphaned,
       [i IN range(0, size($recruit) - 1) WHERE NOT EXISTS { MATCH (:Enterprise {id: $recruit[i]}) }] AS unknownRecruit,
       [i IN range(0, size($remove) - 1) WHERE NOT EXISTS { MATCH (:Enterprise {id: $remove[i]}) }] AS unknownRemove
