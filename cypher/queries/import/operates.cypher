// An enterprise operates in a link, with an optional market share. $rows: [{line, enterprise, link, share}].
UNWIND $rows AS row
OPTIONAL MATCH (e:Enterprise {id: row.enterprise})
OPTIONAL MATCH (l:Link {id: row.link})
OPTIONAL MATCH (e)-[existing:OPERATES_IN]->(l)
WITH row, e, l, CASE WHEN e IS NULL THEN 'missing:enterprise:' + row.enterprise
                     WHEN l IS NULL THEN 'missing:link:' + row.link
                     WHEN existing IS NULL THEN 'created'
                     WHEN coalesce(existing.share, -1.0) = coalesce(row.share, -1.0) THEN 'unchanged'
                     ELSE 'updated' END AS outcome
CALL (row, e, l, outcome) {
  WITH row, e, l WHERE outcome IN ['created', 'updated']
  MERGE (e)-[r:OPERATES_IN]->(l)
  SET r.share = row.share
}
RETURN row.line AS line, outcome
