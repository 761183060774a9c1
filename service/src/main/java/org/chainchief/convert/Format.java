package org.chainchief.convert;

import java.util.function.Supplier;

/** The public data sets the converter reads. */
enum Format {

	/** tw-sector-map: the TPEx industry value-chain platform (by-chain.json, stocks.json). */
	tpex(TpexConverter::new),
	/** eto-chip-explorer: CSET's semiconductor supply chain (inputs, providers, provision, sequence CSVs). */
	eto(EtoConverter::new),
	/** ChainKnowledgeGraph: A-share companies, 申万 industries and products (JSON lines). */
	ckg(CkgConverter::new);

	private final Supplier<Converter> converter;

	Format(Supplier<Converter> converter) {
		this.converter = converter;
	}

	Converter converter() {
		return converter.get();
	}
}
