// Deletes a measure of a cluster with its relationships; deleted = 0 when the cluster has no such measure.
OPTIONAL MATCH (n:Measure {id: $id})-[:OF_CLUSTER]->(:Cluster {id: $cluster})
WITH collect(DISTINCT n) AS found
CALL (found) {
  UNWIND found AS n
  DETACH DELETE n
}
RETURN size(found) AS deleted
