// Deletes an enterprise with its OPERATES_IN, SUPPLIES and project (BY) relationships.
MATCH (e:Enterprise {id: $id})
DETACH DELETE e
RETURN count(*) AS deleted
