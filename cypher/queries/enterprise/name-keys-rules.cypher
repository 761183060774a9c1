// The collator rules the stored name keys were made with (null before the first start with keys).
OPTIONAL MATCH (m:__NameKeys {id: 'enterprise'})
RETURN m.rules AS rules
