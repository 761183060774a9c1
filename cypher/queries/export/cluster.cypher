// Export: clusters, by id.
MATCH (c:Cluster) RETURN properties(c) AS record ORDER BY c.id
