// Top research teams (顶尖团队). $rows: [{line, props, cluster, link}]; link optional.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Team {id: row.props.id})
OPTIONAL MATCH (c:Cluster {id: row.cluster})
OPTIONAL MATCH (l:Link {id: row.link})
WITH row, c, l, CASE
       WHEN c IS NULL THEN 'missing:cluster:' + row.cluster
       WHEN row.link IS NOT NULL AND l IS NULL THEN 'missing:link:' + row.link
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND COLLECT { MATCH (existing)-[:IN_CLUSTER]->(x) RETURN x.id } = [row.cluster]
            AND COLLECT { MATCH (existing)-[:FOR_LINK]->(x) RETURN x.id } = [x IN [row.link] WHERE x IS NOT NULL]
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, c, l, outcome) {
  WITH row, c, l WHERE outcome IN ['created', 'updated']
  MERGE (t:Team {id: row.props.id})
  SET t = row.props
  WITH t, c, l
  OPTIONAL MATCH (t)-[old:IN_CLUSTER|FOR_LINK]->()
  DELETE old
  WITH DISTINCT t, c, l
  MERGE (t)-[:IN_CLUSTER]->(c)
  FOREACH (x IN CASE WHEN l IS NULL THEN [] ELSE [l] END | MERGE (t)-[:FOR_LINK]->(x))
}
RETURN row.line AS line, outcome
