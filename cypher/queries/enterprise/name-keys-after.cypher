// The next batch of enterprises by id after $after, for computing every name key again.
MATCH (e:Enterprise) WHERE e.id > $after
RETURN e.id AS id, e.name AS name
ORDER BY e.id
LIMIT $batch
