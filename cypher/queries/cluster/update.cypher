// Replaces a cluster's properties (absent fields are removed); its links and members are untouched.
MATCH (c:Cluster {id: $id})
SET c = $props
RETURN c {.*} AS cluster
