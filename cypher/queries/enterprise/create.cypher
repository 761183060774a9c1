// Creates an enterprise; the uniqueness constraint on Enterprise.id turns a duplicate into a conflict.
CREATE (e:Enterprise)
SET e = $props
RETURN e {.*} AS enterprise
