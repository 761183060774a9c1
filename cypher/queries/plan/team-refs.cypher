// Before a write of a team under a cluster: whether the cluster exists, whether a team with this id exists
// (anywhere), and whether it belongs to this cluster.
RETURN EXISTS { MATCH (:Cluster {id: $cluster}) } AS clusterExists,
       EXISTS { MATCH (:Team {id: $id}) } AS exists,
       EXISTS { MATCH (:Team {id: $id})-[:IN_CLUSTER]->(:Cluster {id: $cluster}) } AS inCluster
