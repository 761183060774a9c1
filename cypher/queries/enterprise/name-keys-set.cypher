// Stores computed name keys. $rows: [{id, name, key}]; an enterprise renamed since its name was read (by another
// instance) keeps the key its rename wrote.
UNWIND $rows AS row
MATCH (e:Enterprise {id: row.id})
WHERE coalesce(e.name, '') = coalesce(row.name, '')
SET e.nameKey = row.key
RETURN count(e) AS written
