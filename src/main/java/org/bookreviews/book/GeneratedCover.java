package org.bookreviews.book;

import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * The cover of a book without an uploaded picture: an SVG with its title and author on a colour
 * its ISBN picks, so every book looks its own and none needs the internet. Written with the
 * JDK's XML writer, which escapes every text (a title such as {@code <script>} is text in it).
 */
public final class GeneratedCover {

    static final int WIDTH = 200;
    static final int HEIGHT = 300;
    private static final int TITLE_LINE = 16;
    private static final int TITLE_LINES = 5;
    private static final int AUTHOR_LENGTH = 24;
    private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

    private GeneratedCover() {
    }

    public static String svg(String title, String author, String isbn) {
        StringWriter text = new StringWriter();
        try {
            XMLStreamWriter svg = XML.createXMLStreamWriter(text);
            svg.writeStartElement("svg");
            svg.writeDefaultNamespace("http://www.w3.org/2000/svg");
            svg.writeAttribute("viewBox", "0 0 " + WIDTH + " " + HEIGHT);
            svg.writeAttribute("width", String.valueOf(WIDTH));
            svg.writeAttribute("height", String.valueOf(HEIGHT));
            svg.writeAttribute("role", "img");
            svg.writeStartElement("title");
            svg.writeCharacters(title + " \u2014 " + author);
            svg.writeEndElement();
            rect(svg, 0, 0, WIDTH, HEIGHT, colourOf(isbn));
            rect(svg, 12, 12, WIDTH - 24, HEIGHT - 24, "none");
            svg.writeAttribute("stroke", "#ffffff");
            svg.writeAttribute("stroke-opacity", "0.5");
            int y = 70;
            for (String line : lines(title)) {
                text(svg, line, y, 20, "bold");
                y += 26;
            }
            text(svg, shortened(author, AUTHOR_LENGTH), HEIGHT - 36, 14, "normal");
            svg.writeEndElement();
            svg.writeEndDocument();
            svg.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("writing SVG to a string", e);
        }
        return text.toString();
    }

    private static void rect(XMLStreamWriter svg, int x, int y, int width, int height, String fill) throws XMLStreamException {
        svg.writeEmptyElement("rect");
        svg.writeAttribute("x", String.valueOf(x));
        svg.writeAttribute("y", String.valueOf(y));
        svg.writeAttribute("width", String.valueOf(width));
        svg.writeAttribute("height", String.valueOf(height));
        svg.writeAttribute("fill", fill);
    }

    private static void text(XMLStreamWriter svg, String line, int y, int size, String weight) throws XMLStreamException {
        svg.writeStartElement("text");
        svg.writeAttribute("x", String.valueOf(WIDTH / 2));
        svg.writeAttribute("y", String.valueOf(y));
        svg.writeAttribute("text-anchor", "middle");
        svg.writeAttribute("font-family", "Georgia, serif");
        svg.writeAttribute("font-size", String.valueOf(size));
        svg.writeAttribute("font-weight", weight);
        svg.writeAttribute("fill", "#ffffff");
        svg.writeCharacters(line);
        svg.writeEndElement();
    }

    /** A dark colour of the book's own: the hue from its ISBN. */
    static String colourOf(String isbn) {
        int hue = Math.floorMod(isbn.hashCode() * 37, 360);
        return "hsl(" + hue + ", 45%, 32%)";
    }

    /** The title in lines of about {@value #TITLE_LINE} characters, at most {@value #TITLE_LINES}, the last cut with an ellipsis. */
    static List<String> lines(String title) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : title.strip().split("\\s+")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > TITLE_LINE) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() == 0 ? "" : " ").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        List<String> shown = new ArrayList<>();
        for (int i = 0; i < lines.size() && i < TITLE_LINES; i++) {
            boolean last = i == TITLE_LINES - 1 && lines.size() > TITLE_LINES;
            shown.add(shortened(lines.get(i), TITLE_LINE + 4) + (last ? "\u2026" : ""));
        }
        return shown;
    }

    private static String shortened(String text, int length) {
        return text.codePointCount(0, text.length()) <= length ? text
                : text.substring(0, text.offsetByCodePoints(0, length - 1)) + "\u2026";
    }
}
