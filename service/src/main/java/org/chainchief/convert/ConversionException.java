package org.chainchief.convert;

/** A data set that cannot be converted at all (missing file, unreadable document): reported, exit code 1. */
final class ConversionException extends RuntimeException {

	ConversionException(String message) {
		super(message);
	}
}
