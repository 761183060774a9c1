// An actual supply relation: supplier sells the product of link `link` to buyer. $rows: [{line, supplier, buyer, link}].
UNWIND $rows AS row
OPTIONAL MATCH (s:Enterprise {id: row.supplier})
OPTIONAL MATCH (b:Enterprise {id: row.buyer})
WITH row, s, b, CASE WHEN s IS NULL THEN 'missing:supplier:' + row.supplier
                     WHEN b IS NULL THEN 'missing:buyer:' + row.buyer
                     WHEN NOT EXISTS { MATCH (:Link {id: row.link}) } THEN 'missing:link:' + row.link
                     WHEN EXISTS { (s)-[:SUPPLIES {link: row.link}]->(b) } THEN 'unchanged'
                     ELSE 'created' END AS outcome
CALL (row, s, b, outcome) {
  WITH row, s, b WHERE outcome = 'created'
  MERGE (s)-[:SUPPLIES {link: row.link}]->(b)
}
RETURN row.line AS line, outcome
