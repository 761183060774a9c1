// Export: who operates in which link, with the market share when known.
MATCH (e:Enterprise)-[r:OPERATES_IN]->(l:Link)
RETURN {enterprise: e.id, link: l.id, share: r.share} AS record ORDER BY e.id, l.id
