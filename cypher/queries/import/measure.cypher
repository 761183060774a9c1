// Measures of a cluster (措施). $rows: [{line, props, cluster, links, targets}]; lists sorted and distinct
// (possibly empty); the targets must be targets of the same cluster. Also the write of POST/PUT
// /clusters/{id}/measures.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Measure {id: row.props.id})
OPTIONAL MATCH (c:Cluster {id: row.cluster})
WITH row, existing, c,
     COLLECT { UNWIND row.links AS x MATCH (l:Link {id: x}) RETURN l } AS ls,
     COLLECT { UNWIND row.targets AS x MATCH (g:Target {id: x})-[:OF_CLUSTER]->(:Cluster {id: row.cluster}) RETURN g } AS gs
WITH row, existing, c, ls, gs, [x IN row.links WHERE NOT x IN [l IN ls | l.id]] AS missingLinks,
     [x IN row.targets WHERE NOT x IN [g IN gs | g.id]] AS missingTargets
WITH row, c, ls, gs, CASE
       WHEN c IS NULL THEN 'missing:cluster:' + row.cluster
       WHEN size(missingLinks) > 0 THEN 'missing:links:' + missingLinks[0]
       WHEN size(missingTargets) > 0 THEN 'missing:targets:' + missingTargets[0]
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND COLLECT { MATCH (existing)-[:OF_CLUSTER]->(x) RETURN x.id } = [row.cluster]
            AND COLLECT { MATCH (existing)-[:FOR_LINK]->(x) RETURN x.id ORDER BY x.id } = row.links
            AND COLLECT { MATCH (existing)-[:FOR_TARGET]->(x) RETURN x.id ORDER BY x.id } = row.targets
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, c, ls, gs, outcome) {
  WITH row, c, ls, gs WHERE outcome IN ['created', 'updated']
  MERGE (n:Measure {id: row.props.id})
  SET n = row.props
  WITH n, c, ls, gs
  OPTIONAL MATCH (n)-[old:OF_CLUSTER|FOR_LINK|FOR_TARGET]->()
  DELETE old
  WITH DISTINCT n, c, ls, gs
  MERGE (n)-[:OF_CLUSTER]->(c)
  FOREACH (x IN ls | MERGE (n)-[:FOR_LINK]->(x))
  FOREACH (x IN gs | MERGE (n)-[:FOR_TARGET]->(x))
}
RETURN row.line AS line, outcome
