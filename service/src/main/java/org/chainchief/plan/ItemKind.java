package org.chainchief.plan;

import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.TargetRecord;
import org.chainchief.model.Records.TeamRecord;

/**
 * The four kinds of a cluster's plan, each with its record, its name in messages and its queries
 * ({@code cypher/queries/plan/<wire>-list|refs|delete}; writes through the import's {@code import/<wire>}).
 */
enum ItemKind {

	TARGET("target", TargetRecord.class), MEASURE("measure", MeasureRecord.class),
	PROJECT("project", ProjectRecord.class), TEAM("team", TeamRecord.class);

	final String wire;

	final Class<? extends Record> type;

	ItemKind(String wire, Class<? extends Record> type) {
		this.wire = wire;
		this.type = type;
	}
}
