// Sub-links: point each link at its parent (PART_OF), replacing an older parent; a null parent removes it.
// $rows: [{id, parent}], run after every link of the import exists.
UNWIND $rows AS row
MATCH (l:Link {id: row.id})
OPTIONAL MATCH (l)-[old:PART_OF]->(p:Link)
WITH row, l, collect(old) AS olds, collect(p.id) AS parents
WHERE parents <> CASE WHEN row.parent IS NULL THEN [] ELSE [row.parent] END
FOREACH (o IN olds | DELETE o)
WITH row, l
MATCH (parent:Link {id: row.parent})
MERGE (l)-[:PART_OF]->(parent)
