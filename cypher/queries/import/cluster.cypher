// Upsert clusters. $rows: [{line, props}] with props.id; returns each row's outcome.
// A record is the truth about its node: properties are replaced, and rows that change nothing write nothing.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Cluster {id: row.props.id})
WITH row, CASE WHEN existing IS NULL THEN 'created'
               WHEN properties(existing) = row.props THEN 'unchanged'
               ELSE 'updated' END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome <> 'unchanged'
  MERGE (c:Cluster {id: row.props.id})
  SET c = row.props
}
RETURN row.line AS line, outcome
