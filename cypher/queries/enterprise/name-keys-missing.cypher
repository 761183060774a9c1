// A batch of enterprises without a name key (written before keys existed), for the start-up to fill in.
MATCH (e:Enterprise) WHERE e.nameKey IS NULL
RETURN e.id AS id, e.name AS name
LIMIT $batch
