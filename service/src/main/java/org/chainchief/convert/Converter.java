package org.chainchief.convert;

import java.io.IOException;
import java.nio.file.Path;

/** Reads one public data set from a folder and adds its records to a {@link RecordSet}. */
interface Converter {

	void convert(Path dir, Locality locality, RecordSet out, Report report, Progress progress) throws IOException;
}
