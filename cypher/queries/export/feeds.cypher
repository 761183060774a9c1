// Export: upstream → downstream link pairs.
MATCH (a:Link)-[:FEEDS]->(b:Link) RETURN {from: a.id, to: b.id} AS record ORDER BY a.id, b.id
