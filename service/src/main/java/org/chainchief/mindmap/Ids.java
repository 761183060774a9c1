package org.chainchief.mindmap;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Tool-safe ids derived from a node's stable id (same node, same id; letters and digits only). */
final class Ids {

	private Ids() {
	}

	/** 20 hex digits of the SHA-256 of the node id. */
	static String of(String nodeId) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(nodeId.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 10);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}
}
