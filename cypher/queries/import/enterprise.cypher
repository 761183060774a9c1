// Upsert enterprises. $rows: [{line, props}]; returns each row's outcome.
UNWIND $rows AS row
OPTIONAL MATCH (existing:Enterprise {id: row.props.id})
WITH row, CASE WHEN existing IS NULL THEN 'created'
               WHEN properties(existing) = row.props THEN 'unchanged'
               ELSE 'updated' END AS outcome
CALL (row, outcome) {
  WITH row WHERE outcome <> 'unchanged'
  MERGE (e:Enterprise {id: row.props.id})
  SET e = row.props
}
RETURN row.line AS line, outcome
