package org.chainchief.recruit;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The recruits' in-memory read model ({@code chain-chief.read-model.*}, README "National scale").
 *
 * @param enabled       rank a link's recruits from the model (false: every request reads every candidate)
 * @param maxCandidates most candidates kept in memory over all links (about 100 bytes each); the links used
 *                      least recently are dropped first, and a link with more is ranked but not kept
 */
@ConfigurationProperties("chain-chief.read-model")
public record ReadModelProperties(@DefaultValue("true") boolean enabled, @DefaultValue("500000") long maxCandidates) {
}
