// Backbone projects (骨干项目). $rows: [{line, props, cluster, links, enterprise}]; links sorted and distinct
// (possibly empty), enterprise optional. Also the write of POST/PUT /clusters/{id}/projects.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Project {id: row.props.id})
OPTIONAL MATCH (c:Cluster {id: row.cluster})
OPTIONAL MATCH (e:Enterprise {id: row.enterprise})
WITH row, existing, c, e, COLLECT { UNWIND row.links AS x MATCH (l:Link {id: x}) RETURN l } AS ls
WITH row, existing, c, e, ls, [x IN row.links WHERE NOT x IN [l IN ls | l.id]] AS missingLinks
WITH row, c, e, ls, CASE
       WHEN c IS NULL THEN 'missing:cluster:' + row.cluster
       WHEN size(missingLinks) > 0 THEN 'missing:links:' + missingLinks[0]
       WHEN row.enterprise IS NOT NULL AND e IS NULL THEN 'missing:enterprise:' + row.enterprise
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND COLLECT { MATCH (existing)-[:IN_CLUSTER]->(x) RETURN x.id } = [row.cluster]
            AND COLLECT { MATCH (existing)-[:FOR_LINK]->(x) RETURN x.id ORDER BY x.id } = row.links
            AND COLLECT { MATCH (existing)-[:BY]->(x) RETURN x.id } = [x IN [row.enterprise] WHERE x IS NOT NULL]
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, c, e, ls, outcome) {
  WITH row, c, e, ls WHERE outcome IN ['created', 'updated']
  MERGE (p:Project {id: row.props.id})
  SET p = row.props
  WITH p, c, e, ls
  OPTIONAL MATCH (p)-[old:IN_CLUSTER|FOR_LINK|BY]->()
  DELETE old
  WITH DISTINCT p, c, e, ls
  MERGE (p)-[:IN_CLUSTER]->(c)
  FOREACH (x IN ls | MERGE (p)-[:FOR_LINK]->(x))
  FOREACH (x IN CASE WHEN e IS NULL THEN [] ELSE [e] END | MERGE (p)-[:BY]->(x))
}
RETURN row.line AS line, outcome
