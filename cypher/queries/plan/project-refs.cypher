// Before a write of a project under a cluster: whether the cluster exists, whether a project with this id exists
// (anywhere), and whether it belongs to this cluster.
RETURN EXISTS { MATCH (:Cluster {id: $cluster}) } AS clusterExists,
       EXISTS { MATCH (:Project {id: $id}) } AS exists,
       EXISTS { MATCH (:Project {id: $id})-[:IN_CLUSTER]->(:Cluster {id: $cluster}) } AS inCluster
