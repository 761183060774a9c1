// Whether enterprise $enterprise operates in link $link, and its share.
OPTIONAL MATCH (:Enterprise {id: $enterprise})-[r:OPERATES_IN]->(:Link {id: $link})
RETURN CASE WHEN r IS NULL THEN null ELSE {enterprise: $enterprise, link: $link, share: r.share} END AS state,
       COLLECT { MATCH (:Link {id: $link})<-[:HAS_LINK]-(c:Cluster) RETURN c.id ORDER BY c.id } AS clusters
