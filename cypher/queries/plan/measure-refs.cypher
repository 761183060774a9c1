// Before a write of a measure under a cluster: whether the cluster exists, whether a measure with this id exists
// (anywhere), and whether it belongs to this cluster.
RETURN EXISTS { MATCH (:Cluster {id: $cluster}) } AS clusterExists,
       EXISTS { MATCH (:Measure {id: $id}) } AS exists,
       EXISTS { MATCH (:Measure {id: $id})-[:OF_CLUSTER]->(:Cluster {id: $cluster}) } AS inCluster
