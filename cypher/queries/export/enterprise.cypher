// Export: enterprises, by id.
MATCH (e:Enterprise) RETURN properties(e) AS record ORDER BY e.id
