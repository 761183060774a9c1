// Before a write of a target under a cluster: whether the cluster exists, whether a target with this id exists
// (anywhere), and whether it belongs to this cluster.
RETURN EXISTS { MATCH (:Cluster {id: $cluster}) } AS clusterExists,
       EXISTS { MATCH (:Target {id: $id}) } AS exists,
       EXISTS { MATCH (:Target {id: $id})-[:OF_CLUSTER]->(:Cluster {id: $cluster}) } AS inCluster
