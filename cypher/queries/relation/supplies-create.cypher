// Supplier $supplier sells the product of link $link to $buyer. Idempotent; no row when any is unknown.
MATCH (s:Enterprise {id: $supplier}), (b:Enterprise {id: $buyer}), (:Link {id: $link})
WITH s, b, EXISTS { (s)-[:SUPPLIES {link: $link}]->(b) } AS existed
MERGE (s)-[:SUPPLIES {link: $link}]->(b)
RETURN NOT existed AS created
