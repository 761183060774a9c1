// Gives up $holder's lease $name (nothing when another holder has it now): the node goes, the next claim makes it again.
MATCH (l:__Lease {name: $name})
WHERE l.holder = $holder
DELETE l
