package org.joinedup.crawler.xml;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.EntityResolver;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;
import org.xml.sax.ext.DeclHandler;

/**
 * Builds parsers that accept a DOCTYPE (RSS 0.91 needs it) yet never load an external DTD, never resolve an
 * external entity (the resolver throws), and refuse any entity declaration before it can be expanded.
 */
final class HardenedXml {
    private static final String MAX_DEPTH = "http://www.oracle.com/xml/jaxp/properties/maxElementDepth";
    private static final EntityResolver NO_RESOLVER = (publicId, systemId) -> {
        throw new SAXException("external resource refused: " + systemId);
    };
    private static final ErrorHandler STRICT = new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {
            // warnings (e.g. about the unloaded DTD) do not stop parsing
        }

        @Override
        public void error(SAXParseException e) throws SAXException {
            throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
            throw e;
        }
    };

    private HardenedXml() {
    }

    static DocumentBuilder documentBuilder() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        f.setValidating(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        f.setAttribute(MAX_DEPTH, "256");
        DocumentBuilder b = f.newDocumentBuilder();
        b.setEntityResolver(NO_RESOLVER);
        b.setErrorHandler(STRICT);
        return b;
    }

    /** A SAX reader that fails as soon as the document declares any entity (general or parameter). */
    static XMLReader entityRefusingReader() throws ParserConfigurationException, SAXException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setValidating(false);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        XMLReader r = f.newSAXParser().getXMLReader();
        r.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        r.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        r.setProperty(MAX_DEPTH, "256");
        r.setProperty("http://xml.org/sax/properties/declaration-handler", new RefusingDeclHandler());
        r.setEntityResolver(NO_RESOLVER);
        r.setErrorHandler(STRICT);
        return r;
    }

    /** Signals an entity declaration; never expanded because we stop at the declaration. */
    static final class EntityDeclaredException extends SAXException {
        private static final long serialVersionUID = 1L;

        EntityDeclaredException(String name) {
            super("document declares entity " + name + " (refused: DTD entities are never expanded)");
        }
    }

    private static final class RefusingDeclHandler implements DeclHandler {
        @Override
        public void elementDecl(String name, String model) {
            // element declarations are harmless
        }

        @Override
        public void attributeDecl(String e, String a, String type, String mode, String value) {
            // attribute defaults are harmless
        }

        @Override
        public void internalEntityDecl(String name, String value) throws SAXException {
            throw new EntityDeclaredException(name);
        }

        @Override
        public void externalEntityDecl(String name, String publicId, String systemId) throws SAXException {
            throw new EntityDeclaredException(name);
        }
    }
}
