// The listed fields of the enterprises of one page, with the ids of the links they operate in.
UNWIND $ids AS id
MATCH (e:Enterprise {id: id})
RETURN e {.*, links: COLLECT { MATCH (e)-[:OPERATES_IN]->(l:Link) RETURN l.id ORDER BY l.id }} AS enterprise
