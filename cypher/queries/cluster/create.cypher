// Creates a cluster; the uniqueness constraint on Cluster.id turns a duplicate into a conflict.
CREATE (c:Cluster)
SET c = $props
RETURN c {.*} AS cluster
