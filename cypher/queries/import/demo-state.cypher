// Whether the demo zone should be loaded: the clusters the graph holds, and the demo load's marker (null when the
// demo zone was never started here, false while a load is unfinished, true once it completed).
MATCH (c:Cluster)
WITH count(c) AS clusters
OPTIONAL MATCH (m:__DemoZone)
RETURN clusters, m.complete AS complete
