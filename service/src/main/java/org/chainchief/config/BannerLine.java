package org.chainchief.config;

/** A line another feature adds to the start-up banner (e.g. the demo accounts and their password). */
public interface BannerLine {

	String line();
}
