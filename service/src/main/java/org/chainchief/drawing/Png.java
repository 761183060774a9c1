package org.chainchief.drawing;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;

import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;

/** PNG from one of the service's SVG drawings, through Batik. Blocking and CPU-bound: call it off the event loop. */
public final class Png {

	/** Larger drawings are scaled down to this width (px). */
	public static final float MAX_WIDTH = 6000;

	private Png() {
	}

	/** The PNG of {@code svg} at its own size (scaled down to {@link #MAX_WIDTH} when wider), white background. */
	public static byte[] render(String svg, double width) {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		PNGTranscoder transcoder = new PNGTranscoder();
		transcoder.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) Math.min(Math.max(width, 1), MAX_WIDTH));
		transcoder.addTranscodingHint(PNGTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			transcoder.transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
		}
		catch (TranscoderException ex) {
			throw new IllegalStateException("Cannot render the drawing as PNG", ex);
		}
		return out.toByteArray();
	}
}
