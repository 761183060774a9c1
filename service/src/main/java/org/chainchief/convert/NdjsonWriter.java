package org.chainchief.convert;

import java.io.Closeable;
import java.io.OutputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.chainchief.model.Records.ClusterRecord;
import org.chainchief.model.Records.EnterpriseRecord;
import org.chainchief.model.Records.FeedsRecord;
import org.chainchief.model.Records.LinkRecord;
import org.chainchief.model.Records.MeasureRecord;
import org.chainchief.model.Records.OperatesRecord;
import org.chainchief.model.Records.ProjectRecord;
import org.chainchief.model.Records.SuppliesRecord;
import org.chainchief.model.Records.TargetRecord;
import org.chainchief.model.Records.TeamRecord;
import tools.jackson.core.JsonEncoding;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Writes records as import lines: one JSON object per line, UTF-8, {@code kind} first, then every field of the
 * record in declaration order (absent values as {@code null}), so the same records always give the same bytes.
 */
final class NdjsonWriter implements Closeable {

	private static final JsonFactory JSON = JsonFactory.builder().rootValueSeparator((String) null).build();

	private static final Map<Class<?>, String> KINDS = Map.of(ClusterRecord.class, "cluster", LinkRecord.class,
			"link", FeedsRecord.class, "feeds", EnterpriseRecord.class, "enterprise", OperatesRecord.class,
			"operates", SuppliesRecord.class, "supplies", ProjectRecord.class, "project", TeamRecord.class, "team",
			TargetRecord.class, "target", MeasureRecord.class, "measure");

	private static final Map<Class<?>, RecordComponent[]> COMPONENTS = new ConcurrentHashMap<>();

	private final JsonGenerator json;

	private final Progress progress;

	private long lines;

	NdjsonWriter(OutputStream out, Progress progress) {
		this.json = JSON.createGenerator(ObjectWriteContext.empty(), out, JsonEncoding.UTF8);
		this.progress = progress;
	}

	void write(Record record) {
		String kind = KINDS.get(record.getClass());
		if (kind == null) {
			throw new IllegalArgumentException("Not an import record: " + record.getClass());
		}
		json.writeStartObject();
		json.writeName("kind");
		json.writeString(kind);
		for (RecordComponent component : COMPONENTS.computeIfAbsent(record.getClass(),
				Class::getRecordComponents)) {
			json.writeName(component.getName());
			value(read(component, record));
		}
		json.writeEndObject();
		json.writeRaw('\n');
		lines++;
		progress.lines(lines);
	}

	long lines() {
		return lines;
	}

	/** How many lines will be written in all, so the progress display can give an ETA. */
	void expect(long total) {
		progress.total(total);
	}

	@Override
	public void close() {
		json.close();
	}

	private void value(Object value) {
		if (value == null) {
			json.writeNull();
		}
		else if (value instanceof String s) {
			json.writeString(s);
		}
		else if (value instanceof Boolean b) {
			json.writeBoolean(b);
		}
		else if (value instanceof Double d) {
			json.writeNumber(d);
		}
		else if (value instanceof Integer i) {
			json.writeNumber(i);
		}
		else if (value instanceof Long l) {
			json.writeNumber(l);
		}
		else if (value instanceof Enum<?> e) {
			json.writeString(e.name());
		}
		else if (value instanceof LocalDate date) {
			json.writeString(date.toString());
		}
		else if (value instanceof List<?> list) {
			json.writeStartArray();
			for (Object item : list) {
				value(item);
			}
			json.writeEndArray();
		}
		else {
			throw new IllegalArgumentException("Unsupported field type " + value.getClass());
		}
	}

	private static Object read(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (IllegalAccessException | InvocationTargetException ex) {
			throw new IllegalStateException("Cannot read " + component, ex);
		}
	}
}
