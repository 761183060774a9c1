// Creates or updates (replaces the share of) enterprise $enterprise OPERATES_IN link $link.
// No row when either is unknown.
MATCH (e:Enterprise {id: $enterprise}), (l:Link {id: $link})
WITH e, l, EXISTS { (e)-[:OPERATES_IN]->(l) } AS existed
MERGE (e)-[o:OPERATES_IN]->(l)
SET o.share = $share
RETURN NOT existed AS created, o.share AS share
