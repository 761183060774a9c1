// One lease node per name (applied before the migrations, which take a lease themselves).
CREATE CONSTRAINT lease_name IF NOT EXISTS FOR (l:__Lease) REQUIRE l.name IS UNIQUE
