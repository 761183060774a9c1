// Link $from supplies link $to. Idempotent; no row when either link is unknown.
MATCH (a:Link {id: $from}), (b:Link {id: $to})
WITH a, b, EXISTS { (a)-[:FEEDS]->(b) } AS existed
MERGE (a)-[:FEEDS]->(b)
RETURN NOT existed AS created
