package org.chainchief.enterprise;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;

/**
 * The query parameters of an enterprise search, bound by name and validated: optional name text and filters (null
 * when absent or blank), and the page wanted. The constants are the one definition of each default (binding and
 * contract).
 *
 * @param q       name text; null lists every enterprise passing the filters
 * @param local   only local (true) or only outside (false) enterprises
 * @param region  region prefix, e.g. 浙江省 matches 浙江省丽水市
 * @param link    operates in this link (directly)
 * @param tag     carries this tag
 * @param cluster operates in a link of this cluster
 * @param page    0-based page
 * @param size    page size
 */
record EnterpriseQuery(
		@Parameter(description = "Name text, Chinese or English, or pinyin initials (zxjy); blank means none", example = "晶圆")
		@Size(max = 100) String q,
		@Parameter(description = "true: only local enterprises (in the zone); false: only outside ones", example = "true")
		Boolean local,
		@Parameter(description = "Region prefix: 浙江省 matches 浙江省丽水市", example = "浙江省")
		@Size(max = 200) String region,
		@Parameter(description = "Only enterprises operating in this link (id)", example = "semi.wafer")
		@Size(max = 200) String link,
		@Parameter(description = "Only enterprises with this tag", example = "专精特新")
		@Size(max = 200) String tag,
		@Parameter(description = "Only enterprises operating in a link of this cluster (id)", example = "semiconductor")
		@Size(max = 200) String cluster,
		@Parameter(description = "Page number, 0-based", example = "0",
				schema = @Schema(type = "integer", format = "int32", minimum = "0", maximum = "1000000", defaultValue = PAGE))
		@Min(0) @Max(1_000_000) Integer page,
		@Parameter(description = "Page size, 1..200", example = "20",
				schema = @Schema(type = "integer", format = "int32", minimum = "1", maximum = "200", defaultValue = SIZE))
		@Min(1) @Max(200) Integer size) {

	static final String PAGE = "0";

	static final String SIZE = "20";

	EnterpriseQuery {
		q = blankToNull(q);
		region = blankToNull(region);
		link = blankToNull(link);
		tag = blankToNull(tag);
		cluster = blankToNull(cluster);
		page = page == null ? Integer.parseInt(PAGE) : page;
		size = size == null ? Integer.parseInt(SIZE) : size;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
