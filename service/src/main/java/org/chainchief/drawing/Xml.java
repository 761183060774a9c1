package org.chainchief.drawing;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;

import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * XML documents built as DOM and written by the JDK's serializer, so every text and attribute is escaped by the
 * XML rules (a newline in an attribute is written as {@code &#10;} and survives parsing).
 */
public final class Xml {

	private Xml() {
	}

	public static Document newDocument() {
		try {
			DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
			factory.setNamespaceAware(true);
			return factory.newDocumentBuilder().newDocument();
		}
		catch (ParserConfigurationException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** A new element with attributes given as name, value pairs (null values left out). */
	public static Element element(Document doc, String name, String... attributes) {
		Element e = doc.createElement(name);
		attributes(e, attributes);
		return e;
	}

	public static Element elementNs(Document doc, String namespace, String name, String... attributes) {
		Element e = doc.createElementNS(namespace, name);
		attributes(e, attributes);
		return e;
	}

	private static void attributes(Element e, String... attributes) {
		for (int i = 0; i < attributes.length; i += 2) {
			if (attributes[i + 1] != null) {
				e.setAttribute(attributes[i], clean(attributes[i + 1]));
			}
		}
	}

	/** Drops the characters XML 1.0 cannot carry (controls other than tab, newline, carriage return). */
	public static String clean(String s) {
		StringBuilder out = new StringBuilder(s.length());
		for (int i = 0; i < s.length(); i++) {
			char c = s.charAt(i);
			if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
				if (c != 0xFFFE && c != 0xFFFF) {
					out.append(c);
				}
			}
		}
		return out.toString();
	}

	public static byte[] bytes(Document doc, boolean indent) {
		try {
			var transformer = TransformerFactory.newInstance().newTransformer();
			transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
			transformer.setOutputProperty(OutputKeys.INDENT, indent ? "yes" : "no");
			transformer.setOutputProperty(OutputKeys.STANDALONE, "yes");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			transformer.transform(new DOMSource(doc), new StreamResult(out));
			return out.toByteArray();
		}
		catch (TransformerException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public static String string(Document doc) {
		return new String(bytes(doc, false), StandardCharsets.UTF_8);
	}
}
