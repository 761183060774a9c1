// How many clusters the graph holds (the demo zone loads only into an empty graph).
MATCH (c:Cluster) RETURN count(c) AS n
