package org.chainchief.panorama;

import java.time.LocalDate;
import java.util.List;

import org.chainchief.model.Stage;

/** What the chain panorama draws: a cluster's links with their status, and the FEEDS edges between them. */
public record Panorama(String clusterId, String name, LocalDate date, List<Box> links, List<Feed> feeds) {

	public Panorama {
		links = List.copyOf(links);
		feeds = List.copyOf(feeds);
	}

	/** A link: its stage, status (MISSING, WEAK, STRONG), chokepoint mark, local count and parent link (or null). */
	public record Box(String id, String name, Stage stage, String status, boolean chokepoint, long localCount,
			String parent) {
	}

	public record Feed(String from, String to) {
	}
}
