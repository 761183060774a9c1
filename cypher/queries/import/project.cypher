// Backbone projects (骨干项目). $rows: [{line, props, cluster, link, enterprise}]; link and enterprise optional.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Project {id: row.props.id})
OPTIONAL MATCH (c:Cluster {id: row.cluster})
OPTIONAL MATCH (l:Link {id: row.link})
OPTIONAL MATCH (e:Enterprise {id: row.enterprise})
WITH row, c, l, e, CASE
       WHEN c IS NULL THEN 'missing:cluster:' + row.cluster
       WHEN row.link IS NOT NULL AND l IS NULL THEN 'missing:link:' + row.link
       WHEN row.enterprise IS NOT NULL AND e IS NULL THEN 'missing:enterprise:' + row.enterprise
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND COLLECT { MATCH (existing)-[:IN_CLUSTER]->(x) RETURN x.id } = [row.cluster]
            AND COLLECT { MATCH (existing)-[:FOR_LINK]->(x) RETURN x.id } = [x IN [row.link] WHERE x IS NOT NULL]
            AND COLLECT { MATCH (existing)-[:BY]->(x) RETURN x.id } = [x IN [row.enterprise] WHERE x IS NOT NULL]
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, c, l, e, outcome) {
  WITH row, c, l, e WHERE outcome IN ['created', 'updated']
  MERGE (p:Project {id: row.props.id})
  SET p = row.props
  WITH p, c, l, e
  OPTIONAL MATCH (p)-[old:IN_CLUSTER|FOR_LINK|BY]->()
  DELETE old
  WITH DISTINCT p, c, l, e
  MERGE (p)-[:IN_CLUSTER]->(c)
  FOREACH (x IN CASE WHEN l IS NULL THEN [] ELSE [l] END | MERGE (p)-[:FOR_LINK]->(x))
  FOREACH (x IN CASE WHEN e IS NULL THEN [] ELSE [e] END | MERGE (p)-[:BY]->(x))
}
RETURN row.line AS line, outcome
