// Targets of a cluster. $rows: [{line, props, cluster}]. Also the write of POST/PUT /clusters/{id}/targets.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Target {id: row.props.id})
OPTIONAL MATCH (c:Cluster {id: row.cluster})
WITH row, c, CASE
       WHEN c IS NULL THEN 'missing:cluster:' + row.cluster
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND COLLECT { MATCH (existing)-[:OF_CLUSTER]->(x) RETURN x.id } = [row.cluster]
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, c, outcome) {
  WITH row, c WHERE outcome IN ['created', 'updated']
  MERGE (n:Target {id: row.props.id})
  SET n = row.props
  WITH n, c
  OPTIONAL MATCH (n)-[old:OF_CLUSTER]->()
  DELETE old
  WITH DISTINCT n, c
  MERGE (n)-[:OF_CLUSTER]->(c)
}
RETURN row.line AS line, outcome
