// What if the zone recruits $recruit (they count as local) and loses $remove (gone: their OPERATES_IN and
// SUPPLIES vanish)? Read only. No row: unknown cluster. Otherwise one row:
//  - links: every link of the cluster with its local count before and after;
//  - orphaned: local buyers (after the scenario) of a cluster link whose every supplier of it is removed;
//  - unknownRecruit / unknownRemove: positions of ids that are no enterprise.
// National scale (bench/oracle/whatif/scenario.cypher is the plain statement this one must agree with): the local
// counts before and after come from the local side (the locals' OPERATES_IN through the enterprise_local index,
// and the recruits' own OPERATES_IN by id), not from every operator of every link.
MATCH (c:Cluster {id: $id})
CALL (c) {
  WITH c, COLLECT { MATCH (c)-[:HAS_LINK]->(m:Link) RETURN m } AS members
  CALL (members) {
    MATCH (x:Enterprise {local: true})
    USING INDEX x:Enterprise(local)
    MATCH (x)-[:OPERATES_IN]->(m:Link)
    WHERE m IN members
    WITH m, collect(DISTINCT x) AS locals
    RETURN collect({link: m, locals: locals}) AS localsOf
  }
  CALL (members) {
    UNWIND $recruit AS rid
    MATCH (r:Enterprise {id: rid})-[:OPERATES_IN]->(m:Link)
    WHERE m IN members
    WITH m, collect(DISTINCT r) AS recruited
    RETURN collect({link: m, recruited: recruited}) AS recruitsOf
  }
  UNWIND members AS l
  WITH l, coalesce([p IN localsOf WHERE p.link = l | p.locals][0], []) AS locals,
       coalesce([p IN recruitsOf WHERE p.link = l | p.recruited][0], []) AS recruited
  WITH l, size(locals) AS before,
       COUNT { UNWIND locals + recruited AS e WITH DISTINCT e WHERE NOT e.id IN $remove RETURN e } AS after
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
