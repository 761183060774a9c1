package org.chainchief.drawing;

import java.awt.Font;
import java.awt.GraphicsEnvironment;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Widths of label text for the layouts. With a CJK font on the machine (Noto Sans CJK SC, as the drawings ask for
 * first) the width is measured with its metrics; without one it is estimated by character class (full-width 1 em,
 * Latin capitals and digits 0.62 em, other Latin 0.56 em, spaces 0.3 em), which is at least as wide as common
 * sans-serif fonts draw them. Either way a drawing's boxes are sized by the same measure the layout used.
 */
public final class TextMeasure {

	/** The font-family list of every drawing: CJK fonts of Linux, Windows and macOS, then any sans-serif. */
	public static final String FONT_FAMILY = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', "
			+ "'PingFang SC', 'WenQuanYi Micro Hei', sans-serif";

	private static final String[] FONTS = { "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
			"PingFang SC", "WenQuanYi Micro Hei" };

	private static final TextMeasure SHARED = new TextMeasure(findFont());

	private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

	private final Font font;

	TextMeasure(Font font) {
		this.font = font;
	}

	public static TextMeasure shared() {
		return SHARED;
	}

	/** The font measured with, or null when widths are estimated. */
	public String fontName() {
		return font == null ? null : font.getFamily();
	}

	/** Width in px of one line of text at {@code size} px. */
	public double width(String line, double size) {
		if (line.isEmpty()) {
			return 0;
		}
		if (font != null && font.canDisplayUpTo(line) == -1) {
			return font.deriveFont((float) size).getStringBounds(line, FRC).getWidth();
		}
		return estimate(line, size);
	}

	static double estimate(String line, double size) {
		double em = 0;
		for (int i = 0; i < line.length();) {
			int cp = line.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == ' ') {
				em += 0.3;
			}
			else if (cp < 0x2E80) {
				em += Character.isUpperCase(cp) || Character.isDigit(cp) || cp > 0x7F ? 0.62 : 0.56;
			}
			else {
				em += 1.0;
			}
		}
		return em * size;
	}

	/**
	 * The text broken into lines of at most {@code maxWidth} px: at its own line breaks, then between characters
	 * (a Latin word is kept whole when it fits a line).
	 */
	public List<String> wrap(String text, double size, double maxWidth) {
		List<String> lines = new ArrayList<>();
		for (String paragraph : text.split("\\R", -1)) {
			StringBuilder line = new StringBuilder();
			for (String token : tokens(paragraph)) {
				if (line.length() > 0 && width(line + token, size) > maxWidth) {
					lines.add(line.toString().stripTrailing());
					line.setLength(0);
					token = token.stripLeading();
				}
				if (width(token, size) > maxWidth) {
					for (int i = 0; i < token.length();) {
						int cp = token.codePointAt(i);
						String ch = new String(Character.toChars(cp));
						if (line.length() > 0 && width(line + ch, size) > maxWidth) {
							lines.add(line.toString());
							line.setLength(0);
						}
						line.append(ch);
						i += Character.charCount(cp);
					}
				}
				else {
					line.append(token);
				}
			}
			lines.add(line.toString().stripTrailing());
		}
		return lines;
	}

	/** Latin words (with a following space) as tokens, every other character alone. */
	private static List<String> tokens(String s) {
		List<String> tokens = new ArrayList<>();
		StringBuilder word = new StringBuilder();
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			i += Character.charCount(cp);
			boolean latin = cp < 0x2E80 && !Character.isWhitespace(cp);
			if (latin) {
				word.appendCodePoint(cp);
				continue;
			}
			if (word.length() > 0) {
				tokens.add(word.toString());
				word.setLength(0);
			}
			tokens.add(new String(Character.toChars(cp)));
		}
		if (word.length() > 0) {
			tokens.add(word.toString());
		}
		return tokens;
	}

	private static Font findFont() {
		if (System.getProperty("java.awt.headless") == null) {
			System.setProperty("java.awt.headless", "true");
		}
		try {
			List<String> families = Arrays
				.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames());
			for (String name : FONTS) {
				if (families.contains(name)) {
					return new Font(name, Font.PLAIN, 14);
				}
			}
		}
		catch (RuntimeException | Error ex) {
			// no font configuration on this machine: estimate
		}
		return null;
	}
}
