package org.chainchief.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-memory read models ({@code chain-chief.read-model.*}, README "National scale"): the recruits' link models,
 * and the clusters' gap figures and local matches and the enterprises' disruption impacts ({@link KeptAnswers}),
 * each kept at the graph's write version ({@link GraphVersion}).
 *
 * @param enabled       rank recruits from the link models and answer gap figures, local matches and impacts kept
 *                      at the current version
 *                      (false: every request reads the statements)
 * @param maxCandidates most candidates kept in memory over all links (about 100 bytes each); the links used
 *                      least recently are dropped first, and a link with more is ranked but not kept
 */
@ConfigurationProperties("chain-chief.read-model")
public record ReadModelProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500000") long maxCandidates) {
}
