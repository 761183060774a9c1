// Clusters by id with their names (all, or the one with id $id): names for file and sheet names.
MATCH (c:Cluster) WHERE $id IS NULL OR c.id = $id
RETURN c.id AS id, c.name AS name ORDER BY c.id
