// Upstream link `from` supplies downstream link `to`. $rows: [{line, from, to}].
UNWIND $rows AS row
OPTIONAL MATCH (a:Link {id: row.from})
OPTIONAL MATCH (b:Link {id: row.to})
WITH row, a, b, CASE WHEN a IS NULL THEN 'missing:from:' + row.from
                     WHEN b IS NULL THEN 'missing:to:' + row.to
                     WHEN EXISTS { (a)-[:FEEDS]->(b) } THEN 'unchanged'
                     ELSE 'created' END AS outcome
CALL (a, b, outcome) {
  WITH a, b WHERE outcome = 'created'
  MERGE (a)-[:FEEDS]->(b)
}
RETURN row.line AS line, outcome
