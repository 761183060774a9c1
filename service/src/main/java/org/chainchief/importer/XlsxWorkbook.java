package org.chainchief.importer;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JRuntimeException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.xml.sax.SAXException;

/** An open workbook file: its sheets, shared strings, styles and date system. */
final class XlsxWorkbook implements AutoCloseable {

	private final OPCPackage pkg;

	private final XSSFReader reader;

	final ReadOnlySharedStringsTable strings;

	final StylesTable styles;

	final boolean date1904;

	private final XMLInputFactory xml = XMLHelper.newXMLInputFactory();

	XlsxWorkbook(Path file) {
		OPCPackage opened = null;
		try {
			opened = OPCPackage.open(file.toFile(), PackageAccess.READ);
			this.reader = new XSSFReader(opened);
			this.strings = new ReadOnlySharedStringsTable(opened, false);
			this.styles = reader.getStylesTable();
			this.date1904 = date1904(reader);
			this.pkg = opened;
		}
		catch (IOException | OpenXML4JException | SAXException | XMLStreamException | POIXMLException
				| OpenXML4JRuntimeException | IllegalArgumentException ex) {
			if (opened != null) {
				opened.revert();
			}
			throw XlsxSource.unreadable(ex);
		}
		catch (RuntimeException ex) {
			if (opened != null) {
				opened.revert();
			}
			throw ex;
		}
	}

	XSSFReader.SheetIterator sheets() {
		try {
			return reader.getSheetIterator();
		}
		catch (IOException | OpenXML4JException ex) {
			throw XlsxSource.unreadable(ex);
		}
	}

	XlsxSheetRows rows(InputStream sheet) {
		try {
			return new XlsxSheetRows(xml.createXMLStreamReader(sheet), this);
		}
		catch (XMLStreamException ex) {
			throw XlsxSource.unreadable(ex);
		}
	}

	/** Whether the workbook counts days from 1904 (old Mac Excel) rather than 1900. */
	private boolean date1904(XSSFReader reader) throws IOException, OpenXML4JException, XMLStreamException {
		try (InputStream in = reader.getWorkbookData()) {
			XMLStreamReader r = xml.createXMLStreamReader(in);
			try {
				while (r.hasNext()) {
					if (r.next() == XMLStreamConstants.START_ELEMENT) {
						String name = r.getLocalName();
						if ("workbookPr".equals(name)) {
							String value = r.getAttributeValue(null, "date1904");
							return "1".equals(value) || "true".equalsIgnoreCase(value);
						}
						if ("sheets".equals(name)) {
							return false;
						}
					}
				}
				return false;
			}
			finally {
				r.close();
			}
		}
	}

	@Override
	public void close() {
		pkg.revert();
	}
}

