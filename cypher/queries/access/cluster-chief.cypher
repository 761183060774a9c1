// Whether cluster $id exists, and its chief (链长) field.
OPTIONAL MATCH (c:Cluster {id: $id})
RETURN c IS NOT NULL AS exists, c.chief AS chief
