package org.threegaps.matcher.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.threegaps.matcher.audit.Audit;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * matcher-bom has no parent (an imported BOM would otherwise pin the embedder's Drools, Jackson and JUnit), so
 * its version is written out: it must move with the build's, and it must manage every published module.
 */
class BomTest {
    private static final Path BOM = Path.of("..", "matcher-bom", "pom.xml");

    private static Document read(Path pom) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(pom.toFile());
    }

    private static String child(Element parent, String name) {
        NodeList nodes = parent.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i) instanceof Element e && e.getTagName().equals(name)) {
                return e.getTextContent().strip();
            }
        }
        return null;
    }

    @Test
    void theBomHasTheBuildsVersion() throws Exception {
        assertThat(BOM).isRegularFile();

        assertThat(child(read(BOM).getDocumentElement(), "version")).isEqualTo(Audit.currentLibraryVersion());
    }

    @Test
    void theBomManagesEveryPublishedModule() throws Exception {
        List<String> managed = new ArrayList<>();
        NodeList dependencies = read(BOM).getElementsByTagName("dependency");
        for (int i = 0; i < dependencies.getLength(); i++) {
            Element dependency = (Element) dependencies.item(i);
            assertThat(child(dependency, "version")).isEqualTo("${project.version}");
            managed.add(child(dependency, "artifactId"));
        }

        // a module is published unless its pom sets maven.deploy.skip
        List<String> published = new ArrayList<>();
        for (Element module : elements(read(Path.of("..", "pom.xml")), "module")) {
            Path pom = Path.of("..", module.getTextContent().strip(), "pom.xml");
            if (!module.getTextContent().strip().equals("matcher-bom")
                    && !Files.readString(pom).contains("<maven.deploy.skip>true</maven.deploy.skip>")) {
                published.add(module.getTextContent().strip());
            }
        }
        assertThat(managed).containsExactlyInAnyOrderElementsOf(published);
    }

    private static List<Element> elements(Document document, String tag) {
        List<Element> all = new ArrayList<>();
        NodeList nodes = document.getElementsByTagName(tag);
        for (int i = 0; i < nodes.getLength(); i++) {
            all.add((Element) nodes.item(i));
        }
        return all;
    }
}
