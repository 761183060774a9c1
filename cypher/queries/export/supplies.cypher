// Export: actual supply relations.
MATCH (s:Enterprise)-[r:SUPPLIES]->(b:Enterprise)
RETURN {supplier: s.id, buyer: b.id, link: r.link} AS record ORDER BY s.id, b.id, r.link
