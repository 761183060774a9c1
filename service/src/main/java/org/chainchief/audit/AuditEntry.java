package org.chainchief.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import tools.jackson.databind.JsonNode;

/** One entry of the audit trail. */
@Schema(name = "AuditEntry", description = "Who changed what, when: one write (or one import)")
record AuditEntry(@Schema(example = "8f0c…") String id,
		@Schema(description = "When (UTC)", example = "2026-12-01T09:30:00.123Z") String at,
		@Schema(description = "Who: the user name, or apikey:<key name>", example = "chief-semiconductor") String actor,
		@Schema(description = "The caller's roles then", example = "[\"CHIEF\"]") List<String> roles,
		@Schema(description = "cluster, link, enterprise, operates, feeds, supplies, apiKey, import, …", example = "link") String kind,
		@Schema(description = "The object's id (or a relation's ends; an import's file name)", example = "semi.wafer") String target,
		@Schema(description = "CREATE, UPDATE, DELETE or IMPORT", example = "UPDATE") String action,
		@Schema(description = "Clusters the object belonged to before or after", example = "[\"semiconductor\"]") List<String> clusters,
		@Schema(description = "The changed fields", example = "[\"name\"]") List<String> fields,
		@Schema(description = "The changed fields' values before (absent ones left out)", types = { "object", "null" }, implementation = Object.class) JsonNode before,
		@Schema(description = "The changed fields' values after", types = { "object", "null" }, implementation = Object.class) JsonNode after,
		@Schema(description = "An import's file name, counts per kind and rejections", types = { "object", "null" }, implementation = Object.class) JsonNode summary) {
}
