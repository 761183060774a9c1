// Records one applied migration.
CREATE (:__Migration {version: $version, description: $description, checksum: $checksum, appliedAt: datetime()})
