// Top research teams (顶尖团队). $rows: [{line, props, cluster, links}]; links sorted and distinct (possibly
// empty). Also the write of POST/PUT /clusters/{id}/teams.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Team {id: row.props.id})
OPTIONAL MATCH (c:Cluster {id: row.cluster})
WITH row, existing, c, COLLECT { UNWIND row.links AS x MATCH (l:Link {id: x}) RETURN l } AS ls
WITH row, existing, c, ls, [x IN row.links WHERE NOT x IN [l IN ls | l.id]] AS missingLinks
WITH row, c, ls, CASE
       WHEN c IS NULL THEN 'missing:cluster:' + row.cluster
       WHEN size(missingLinks) > 0 THEN 'missing:links:' + missingLinks[0]
       WHEN existing IS NULL THEN 'created'
       WHEN properties(existing) = row.props
            AND COLLECT { MATCH (existing)-[:IN_CLUSTER]->(x) RETURN x.id } = [row.cluster]
            AND COLLECT { MATCH (existing)-[:FOR_LINK]->(x) RETURN x.id ORDER BY x.id } = row.links
         THEN 'unchanged'
       ELSE 'updated' END AS outcome
CALL (row, c, ls, outcome) {
  WITH row, c, ls WHERE outcome IN ['created', 'updated']
  MERGE (t:Team {id: row.props.id})
  SET t = row.props
  WITH t, c, ls
  OPTIONAL MATCH (t)-[old:IN_CLUSTER|FOR_LINK]->()
  DELETE old
  WITH DISTINCT t, c, ls
  MERGE (t)-[:IN_CLUSTER]->(c)
  FOREACH (x IN ls | MERGE (t)-[:FOR_LINK]->(x))
}
RETURN row.line AS line, outcome
