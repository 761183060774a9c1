package org.chainchief.whatif;

import java.util.List;

import org.chainchief.model.Stage;

import io.swagger.v3.oas.annotations.media.Schema;

/** What happens when one enterprise stops supplying. */
@Schema(description = "Disruption impact: what happens if the enterprise stopped supplying (its OPERATES_IN and SUPPLIES vanish). Nothing is written.")
public record Impact(@Schema(example = "E-L1") String enterpriseId, @Schema(example = "中欣晶圆") String name,
		@Schema(description = "Whether it is a local enterprise") boolean local,
		@Schema(description = "The weakBelow used for statuses", example = "2") int weakBelow,
		@Schema(description = "Local enterprises that lose their only supplier of a link") List<Orphan> orphaned,
		@Schema(description = "Every cluster with a link the enterprise operates in") List<ClusterImpact> clusters,
		@Schema(description = "Links where the enterprise is critical: its loss changes the link's status, or orphans a buyer of the link") List<Source> sources,
		@Schema(description = "Links reached downstream by FEEDS from the sources (sources included at distance 0), nearest first") List<Reached> blastRadius) {

	@Schema(description = "A cluster's coverage with and without the enterprise")
	public record ClusterImpact(@Schema(example = "alpha") String clusterId, String name, Summary before, Summary after,
			List<Change> changed) {
	}

	@Schema(description = "STATUS_CHANGE: the link's status changes without the enterprise; ORPHANS: a local buyer loses its only supplier of the link")
	public enum Reason {
		STATUS_CHANGE, ORPHANS
	}

	@Schema(description = "A link where the enterprise is critical")
	public record Source(@Schema(example = "a.wafer") String linkId, List<Reason> reasons) {
	}

	@Schema(description = "A link in the blast radius")
	public record Reached(@Schema(example = "a.pack") String linkId, String name, Stage stage,
			@Schema(description = "Fewest FEEDS steps from a source link (0: a source)", example = "1") long distance,
			@Schema(description = "Clusters the link belongs to") List<String> clusters,
			@Schema(description = "Local enterprises (other than this one) operating in the link", example = "1") long exposedLocal) {
	}
}
