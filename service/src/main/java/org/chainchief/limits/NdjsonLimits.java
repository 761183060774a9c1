package org.chainchief.limits;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Flux;

/**
 * Checks an NDJSON upload as it streams to disk, before anything is imported: no line longer than
 * {@code line-length} bytes, no more than {@code import-lines} lines. A breach stops the upload with a problem
 * naming the line or the count, so a rejected file writes nothing.
 */
@Component
public final class NdjsonLimits {

	private final LimitsProperties limits;

	NdjsonLimits(LimitsProperties limits) {
		this.limits = limits;
	}

	public Flux<DataBuffer> check(Flux<DataBuffer> body) {
		long maxLine = limits.lineLength().toBytes();
		long maxLines = limits.importLines();
		return Flux.defer(() -> {
			long[] state = { 1, 0 }; // current line number, bytes of the current line so far
			return body.handle((buffer, sink) -> {
				for (int i = buffer.readPosition(); i < buffer.writePosition(); i++) {
					if (buffer.getByte(i) == '\n') {
						state[0]++;
						state[1] = 0;
						continue;
					}
					if (state[1] == 0 && state[0] > maxLines) {
						DataBufferUtils.release(buffer);
						sink.error(limits.tooManyLines());
						return;
					}
					if (++state[1] > maxLine) {
						DataBufferUtils.release(buffer);
						sink.error(limits.lineTooLong(state[0]));
						return;
					}
				}
				sink.next(buffer);
			});
		});
	}
}
