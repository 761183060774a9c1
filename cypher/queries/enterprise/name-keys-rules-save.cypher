// Records the collator rules every stored name key was made with.
MERGE (m:__NameKeys {id: 'enterprise'})
SET m.rules = $rules
