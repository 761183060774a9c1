// Replaces an enterprise's properties (absent fields are removed); its OPERATES_IN and SUPPLIES stay.
MATCH (e:Enterprise {id: $id})
SET e = $props
RETURN e {.*} AS enterprise
