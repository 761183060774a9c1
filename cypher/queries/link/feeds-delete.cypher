MATCH (:Link {id: $from})-[f:FEEDS]->(:Link {id: $to})
DELETE f
RETURN count(f) AS deleted
