package org.chainchief.importer;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;

import org.chainchief.support.ApiProblem;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.codec.multipart.FilePart;
import org.springframework.http.codec.multipart.Part;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.UnsupportedMediaTypeStatusException;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

/**
 * Receives an import body into a temporary file and opens it as an import source: NDJSON, CSV (one kind, named
 * by a parameter) or an Excel workbook (raw or as the multipart part {@code file}). Header faults are found
 * here, before anything is written, and refused as a 400 problem; the file is then removed. Otherwise the
 * caller owns the upload and discards it when the import is over.
 */
@Component
final class ImportUploads {

	static final String CSV = "text/csv";

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	static final MediaType CSV_TYPE = MediaType.parseMediaType(CSV);

	static final MediaType XLSX_TYPE = MediaType.parseMediaType(XLSX);

	static final MediaType NDJSON_TYPE = MediaType.parseMediaType(ImportController.NDJSON);

	private final org.chainchief.limits.NdjsonLimits limits;

	ImportUploads(org.chainchief.limits.NdjsonLimits limits) {
		this.limits = limits;
	}

	/** A received body: the source to import and the file it lives in. */
	record Upload(ImportSource source, Path file) {

		Mono<Void> discard() {
			return ImportController.delete(file);
		}
	}

	/**
	 * Receives the body of an import request by its content type.
	 * @param kind the record kind of a CSV body (English or Chinese name)
	 * @param charset the encoding of a CSV body, or null (then the Content-Type's charset, else detected)
	 */
	Mono<Upload> receive(ServerWebExchange exchange, String kind, String charset) {
		return Mono.defer(() -> {
			MediaType type = exchange.getRequest().getHeaders().getContentType();
			Flux<DataBuffer> body = exchange.getRequest().getBody();
			if (type == null) {
				type = MediaType.APPLICATION_OCTET_STREAM;
			}
			if (NDJSON_TYPE.isCompatibleWith(type)) {
				return receive(limits.check(body), ".ndjson", file -> Mono.just(ImportSource.ndjson(file)));
			}
			if (CSV_TYPE.isCompatibleWith(type)) {
				Kind csvKind = kind(kind, null);
				Charset encoding = charset(charset, type);
				return receive(body, ".csv", file -> open(() -> CsvSource.open(file, csvKind, encoding)));
			}
			if (XLSX_TYPE.isCompatibleWith(type)) {
				return receive(body, ".xlsx", file -> open(() -> XlsxSource.open(file)));
			}
			if (MediaType.MULTIPART_FORM_DATA.isCompatibleWith(type)) {
				return exchange.getMultipartData().flatMap(parts -> {
					Part part = parts.getFirst("file");
					if (part == null) {
						return Mono.error(ApiProblem.invalid("file",
								"is required: send the workbook (or CSV file) as the multipart part 'file'"));
					}
					return part(part, kind, charset);
				});
			}
			return Mono.error(new UnsupportedMediaTypeStatusException(type,
					java.util.List.of(NDJSON_TYPE, CSV_TYPE, MediaType.MULTIPART_FORM_DATA, XLSX_TYPE)));
		});
	}

	/** A multipart file: CSV when its name ends in .csv or its type is text/csv, else a workbook. */
	private Mono<Upload> part(Part part, String kind, String charset) {
		String filename = part instanceof FilePart file ? file.filename() : null;
		MediaType type = part.headers().getContentType();
		boolean csv = (filename != null && filename.toLowerCase(Locale.ROOT).endsWith(".csv"))
				|| (type != null && CSV_TYPE.isCompatibleWith(type));
		if (!csv) {
			return receive(part.content(), ".xlsx",
					file -> open(() -> XlsxSource.open(file)).map(s -> ImportSource.named(s, filename)));
		}
		String stem = filename == null ? null : filename.replaceAll("(?i)\\.csv$", "").replaceAll(".*[/\\\\]", "");
		Kind csvKind = kind(kind, stem);
		Charset encoding = charset(charset, type);
		return receive(part.content(), ".csv",
				file -> open(() -> CsvSource.open(file, csvKind, encoding)).map(s -> ImportSource.named(s, filename)));
	}

	/** The kind a CSV file holds: the parameter, else (for an uploaded file) its name such as 企业.csv. */
	static Kind kind(String name, String filename) {
		if (name == null || name.isBlank()) {
			Kind byFile = Kind.ofAnyName(filename);
			if (byFile != null) {
				return byFile;
			}
			throw ApiProblem.invalid("kind", "is required for CSV: the record kind of every row, one of "
					+ SheetColumns.kindNames());
		}
		Kind kind = Kind.ofAnyName(name);
		if (kind == null) {
			throw ApiProblem.invalid("kind", "unknown kind '" + name + "'; one of " + SheetColumns.kindNames());
		}
		return kind;
	}

	/** The encoding named by the parameter, else by the Content-Type, else null (detect). */
	static Charset charset(String name, MediaType type) {
		String field = "charset";
		String value = name;
		if (value == null || value.isBlank()) {
			value = type == null ? null : type.getParameter("charset");
			field = HttpHeaders.CONTENT_TYPE;
		}
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Charset.forName(value.strip().replace("\"", ""));
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			throw ApiProblem.invalid(field, "unknown character set '" + value + "'; e.g. UTF-8, GBK, GB18030");
		}
	}

	/** Writes the body to a new temporary file and opens it; the file is removed when that fails. */
	private static Mono<Upload> receive(Flux<DataBuffer> body, String suffix,
			Function<Path, Mono<? extends ImportSource>> open) {
		return ImportController.temporaryFile(suffix)
			.flatMap(file -> DataBufferUtils.write(body, file)
				.then(open.apply(file))
				.<Upload>map(source -> new Upload(source, file))
				.onErrorResume(ex -> ImportController.delete(file).then(Mono.error(ex)))
				.doOnCancel(() -> ImportController.delete(file).subscribe()));
	}

	private static Mono<ImportSource> open(java.util.concurrent.Callable<ImportSource> open) {
		return Mono.fromCallable(open).subscribeOn(Schedulers.boundedElastic());
	}
}
