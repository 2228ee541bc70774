package org.planflow.docs;

import static org.planflow.docs.Svg.INK;
import static org.planflow.docs.Svg.LINE_HEIGHT;
import static org.planflow.docs.Svg.circle;
import static org.planflow.docs.Svg.num;
import static org.planflow.docs.Svg.path;
import static org.planflow.docs.Svg.rect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Draws every process of {@code bpmn/} as {@code docs/images/<name>.svg} from the layout the modeler saved
 * in it (BPMN DI): each shape by its element type, each flow along its waypoints, names as labels. Run
 * {@link #main} or {@code BpmnDiagramsTest} with {@code -Dplanflow.docs.write=true} after changing a process.
 */
final class BpmnDiagrams {

    static final Path PROCESSES = Path.of("bpmn");
    static final Path IMAGES = Path.of("docs", "images");
    static final String MARK = "Rendered from bpmn/";

    private static final String MODEL = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    private static final String BPMN_DI = "http://www.omg.org/spec/BPMN/20100524/DI";
    private static final String DC = "http://www.omg.org/spec/DD/20100524/DC";
    private static final String DI = "http://www.omg.org/spec/DD/20100524/DI";
    private static final String FONT = "Noto Sans CJK SC, Noto Sans SC, Source Han Sans SC, Microsoft YaHei, PingFang SC, sans-serif";
    private static final String STROKE = "fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"1.5\"";
    private static final Set<String> ACTIVITIES = Set.of("task", "userTask", "serviceTask", "scriptTask", "businessRuleTask",
            "sendTask", "receiveTask", "manualTask", "callActivity", "subProcess", "transaction", "adHocSubProcess");
    private static final Set<String> SUBPROCESSES = Set.of("subProcess", "transaction", "adHocSubProcess");
    private static final Set<String> EVENTS = Set.of("startEvent", "endEvent", "intermediateCatchEvent",
            "intermediateThrowEvent", "boundaryEvent");
    private static final Set<String> GATEWAYS = Set.of("exclusiveGateway", "parallelGateway", "inclusiveGateway",
            "eventBasedGateway", "complexGateway");

    private BpmnDiagrams() {
    }

    /** Writes every diagram; run from the repository root. */
    public static void main(String[] args) throws IOException {
        Files.createDirectories(IMAGES);
        for (Path process : processes()) {
            Files.writeString(imageOf(process), render(process), StandardCharsets.UTF_8);
            System.out.println("Wrote " + imageOf(process));
        }
    }

    static List<Path> processes() throws IOException {
        try (Stream<Path> files = Files.list(PROCESSES)) {
            return files.filter(file -> file.getFileName().toString().endsWith(".bpmn")).sorted().toList();
        }
    }

    static Path imageOf(Path process) {
        return IMAGES.resolve(process.getFileName().toString().replaceFirst("\\.bpmn$", ".svg"));
    }

    static String render(Path process) throws IOException {
        try (InputStream in = Files.newInputStream(process)) {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            Document document = factory.newDocumentBuilder().parse(in);
            return new Drawing(document).svg("bpmn/" + process.getFileName());
        } catch (ParserConfigurationException | SAXException e) {
            throw new IOException("Cannot read " + process + ": " + e.getMessage(), e);
        }
    }

    private record Box(double x, double y, double w, double h) {

        double cx() {
            return x + w / 2;
        }

        double cy() {
            return y + h / 2;
        }

        boolean overlaps(Box other) {
            return x < other.x + other.w && other.x < x + w && y < other.y + other.h && other.y < y + h;
        }

        /** Whether the segment from p to q passes through this box (Liang–Barsky clipping). */
        boolean crossedBy(double[] p, double[] q) {
            double dx = q[0] - p[0];
            double dy = q[1] - p[1];
            double[] pp = {-dx, dx, -dy, dy};
            double[] qq = {p[0] - x, x + w - p[0], p[1] - y, y + h - p[1]};
            double t0 = 0;
            double t1 = 1;
            for (int i = 0; i < 4; i++) {
                if (pp[i] == 0) {
                    if (qq[i] < 0) {
                        return false;
                    }
                } else {
                    double t = qq[i] / pp[i];
                    if (pp[i] < 0) {
                        t0 = Math.max(t0, t);
                    } else {
                        t1 = Math.min(t1, t);
                    }
                }
            }
            return t0 <= t1;
        }
    }

    private record Shape(Element element, String type, Box box, Element di, Optional<Box> label) {
    }

    private record Edge(Element element, String type, List<double[]> points, Optional<Box> label) {
    }

    /** One diagram being drawn: its shapes and flows, the labels placed so far, and the SVG layers. */
    private static final class Drawing {

        private final Map<String, Element> model = new HashMap<>();
        private final List<Shape> shapes = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private final List<Box> placedLabels = new ArrayList<>();
        private final List<Box> extent = new ArrayList<>();
        private final Svg containers = new Svg();
        private final Svg flows = new Svg();
        private final Svg nodes = new Svg();
        private final Svg labels = new Svg();
        private final List<String> titles = new ArrayList<>();

        Drawing(Document document) {
            NodeList all = document.getElementsByTagNameNS(MODEL, "*");
            for (int i = 0; i < all.getLength(); i++) {
                Element element = (Element) all.item(i);
                if (element.hasAttribute("id")) {
                    model.put(element.getAttribute("id"), element);
                }
                if (element.getLocalName().equals("process") && !element.getAttribute("name").isBlank()) {
                    titles.add(element.getAttribute("name") + " (" + element.getAttribute("id") + ")");
                }
            }
            Element plane = (Element) document.getElementsByTagNameNS(BPMN_DI, "BPMNPlane").item(0);
            if (plane == null) {
                throw new IllegalArgumentException("no diagram (BPMN DI) in the file");
            }
            for (Element di : children(plane, BPMN_DI, "BPMNShape")) {
                Element element = model.get(di.getAttribute("bpmnElement"));
                Element bounds = child(di, DC, "Bounds").orElseThrow();
                if (element != null) {
                    shapes.add(new Shape(element, element.getLocalName(), box(bounds), di, labelBounds(di)));
                }
            }
            for (Element di : children(plane, BPMN_DI, "BPMNEdge")) {
                Element element = model.get(di.getAttribute("bpmnElement"));
                List<double[]> points = children(di, DI, "waypoint").stream()
                        .map(point -> new double[] {number(point, "x"), number(point, "y")}).toList();
                if (element != null && points.size() >= 2) {
                    edges.add(new Edge(element, element.getLocalName(), points, labelBounds(di)));
                }
            }
        }

        String svg(String source) {
            shapes.stream().filter(this::isContainer)
                    .sorted((a, b) -> Double.compare(b.box.w * b.box.h, a.box.w * a.box.h))
                    .forEach(this::drawContainer);
            edges.forEach(this::drawEdge);
            shapes.stream().filter(shape -> !isContainer(shape) && !shape.type.equals("boundaryEvent")).forEach(this::drawNode);
            shapes.stream().filter(shape -> shape.type.equals("boundaryEvent")).forEach(this::drawNode);
            edges.forEach(this::labelEdge);
            shapes.forEach(this::labelShape);

            double minX = Double.MAX_VALUE;
            double minY = Double.MAX_VALUE;
            double maxX = -Double.MAX_VALUE;
            double maxY = -Double.MAX_VALUE;
            List<Box> all = new ArrayList<>(extent);
            shapes.forEach(shape -> all.add(shape.box));
            edges.forEach(edge -> edge.points.forEach(point -> all.add(new Box(point[0], point[1], 0, 0))));
            for (Box box : all) {
                minX = Math.min(minX, box.x);
                minY = Math.min(minY, box.y);
                maxX = Math.max(maxX, box.x + box.w);
                maxY = Math.max(maxY, box.y + box.h);
            }
            double x = Math.floor(minX - 20);
            double y = Math.floor(minY - 20);
            double width = Math.ceil(maxX + 20 - x);
            double height = Math.ceil(maxY + 20 - y);
            return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                    + "<!-- " + MARK + source.substring("bpmn/".length()) + " by src/test/java/org/planflow/docs/BpmnDiagrams.java;"
                    + " regenerate it, do not edit. -->\n"
                    + "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + num(width) + "\" height=\"" + num(height)
                    + "\" viewBox=\"" + num(x) + " " + num(y) + " " + num(width) + " " + num(height) + "\" font-family=\""
                    + FONT + "\" font-size=\"" + num(Svg.FONT_SIZE) + "\" fill=\"" + INK + "\">\n"
                    + "  <title>" + Svg.escape(titles.isEmpty() ? source : String.join(", ", titles)) + "</title>\n"
                    + "  <defs>\n"
                    + "    <marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                    + " orient=\"auto\"><path d=\"M0 0 L10 5 L0 10 Z\" fill=\"" + INK + "\"/></marker>\n"
                    + "    <marker id=\"open-arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerWidth=\"7\" markerHeight=\"7\""
                    + " orient=\"auto\"><path d=\"M1 1 L10 5 L1 9\" fill=\"none\" stroke=\"" + INK + "\"/></marker>\n"
                    + "    <marker id=\"diamond\" viewBox=\"0 0 12 12\" refX=\"0\" refY=\"6\" markerWidth=\"8\" markerHeight=\"8\""
                    + " orient=\"auto\"><path d=\"M0 6 L6 1 L12 6 L6 11 Z\" fill=\"#fff\" stroke=\"" + INK + "\"/></marker>\n"
                    + "    <marker id=\"dot\" viewBox=\"0 0 10 10\" refX=\"5\" refY=\"5\" markerWidth=\"6\" markerHeight=\"6\">"
                    + "<circle cx=\"5\" cy=\"5\" r=\"4\" fill=\"#fff\" stroke=\"" + INK + "\"/></marker>\n"
                    + "  </defs>\n"
                    + "  " + rect(x, y, width, height, 0, "fill=\"#fff\"") + "\n"
                    + containers + flows + nodes + labels
                    + "</svg>\n";
        }

        private boolean isContainer(Shape shape) {
            return shape.type.equals("participant") || shape.type.equals("lane") || shape.type.equals("group")
                    || SUBPROCESSES.contains(shape.type) && expanded(shape);
        }

        private static boolean expanded(Shape shape) {
            String attribute = shape.di.getAttribute("isExpanded");
            return attribute.isEmpty() ? shape.box.w > 150 : Boolean.parseBoolean(attribute);
        }

        private void drawContainer(Shape shape) {
            Box b = shape.box;
            switch (shape.type) {
                case "participant", "lane" -> {
                    containers.line(rect(b.x, b.y, b.w, b.h, 0, STROKE));
                    containers.line(path("M" + num(b.x + 30) + " " + num(b.y) + " V" + num(b.y + b.h), "fill=\"none\" stroke=\"" + INK + "\""));
                }
                case "group" -> containers.line(rect(b.x, b.y, b.w, b.h, 10,
                        "fill=\"none\" stroke=\"" + INK + "\" stroke-dasharray=\"8 3 2 3\""));
                default -> {
                    boolean eventSubProcess = "true".equals(shape.element.getAttribute("triggeredByEvent"));
                    containers.line(rect(b.x, b.y, b.w, b.h, 10, STROKE + (eventSubProcess ? " stroke-dasharray=\"2 3\"" : "")));
                    if (shape.type.equals("transaction")) {
                        containers.line(rect(b.x + 3, b.y + 3, b.w - 6, b.h - 6, 8, "fill=\"none\" stroke=\"" + INK + "\""));
                    }
                }
            }
        }

        private void drawEdge(Edge edge) {
            String d = Svg.polyline(edge.points);
            switch (edge.type) {
                case "sequenceFlow" -> {
                    Element source = model.get(edge.element.getAttribute("sourceRef"));
                    boolean conditional = source != null && ACTIVITIES.contains(source.getLocalName())
                            && child(edge.element, MODEL, "conditionExpression").isPresent();
                    flows.line(path(d, "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\" stroke-linejoin=\"round\""
                            + (conditional ? " marker-start=\"url(#diamond)\"" : "") + " marker-end=\"url(#arrow)\""));
                    if (source != null && edge.element.getAttribute("id").equals(source.getAttribute("default"))) {
                        flows.line(path(defaultSlash(edge.points), "stroke=\"" + INK + "\" stroke-width=\"1.5\""));
                    }
                }
                case "messageFlow" -> flows.line(path(d, "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\""
                        + " stroke-dasharray=\"6 4\" marker-start=\"url(#dot)\" marker-end=\"url(#open-arrow)\""));
                default -> flows.line(path(d, "fill=\"none\" stroke=\"" + INK + "\" stroke-dasharray=\"2 3\""
                        + ("association".equals(edge.type) && !"One".equals(edge.element.getAttribute("associationDirection"))
                        ? "" : " marker-end=\"url(#open-arrow)\"")));
            }
        }

        /** The default flow's slash, across the flow near its source. */
        private static String defaultSlash(List<double[]> points) {
            double[] p = points.get(0);
            double[] q = points.get(1);
            double length = Math.hypot(q[0] - p[0], q[1] - p[1]);
            double ux = (q[0] - p[0]) / length;
            double uy = (q[1] - p[1]) / length;
            double cx = p[0] + ux * 12;
            double cy = p[1] + uy * 12;
            return "M" + num(cx - 5 * ux + 5 * uy) + " " + num(cy - 5 * uy - 5 * ux)
                    + " L" + num(cx + 5 * ux - 5 * uy) + " " + num(cy + 5 * uy + 5 * ux);
        }

        private void drawNode(Shape shape) {
            Box b = shape.box;
            if (ACTIVITIES.contains(shape.type)) {
                drawActivity(shape);
            } else if (EVENTS.contains(shape.type)) {
                drawEvent(shape);
            } else if (GATEWAYS.contains(shape.type)) {
                drawGateway(shape);
            } else if (shape.type.equals("textAnnotation")) {
                nodes.line(path("M" + num(b.x + 10) + " " + num(b.y) + " H" + num(b.x) + " V" + num(b.y + b.h) + " H" + num(b.x + 10),
                        "fill=\"none\" stroke=\"" + INK + "\""));
            } else if (shape.type.equals("dataStoreReference")) {
                double ry = Math.min(8, b.h / 6);
                nodes.line(path("M" + num(b.x) + " " + num(b.y + ry) + " A" + num(b.w / 2) + " " + num(ry) + " 0 0 1 " + num(b.x + b.w)
                        + " " + num(b.y + ry) + " V" + num(b.y + b.h - ry) + " A" + num(b.w / 2) + " " + num(ry) + " 0 0 1 " + num(b.x)
                        + " " + num(b.y + b.h - ry) + " Z M" + num(b.x) + " " + num(b.y + ry) + " A" + num(b.w / 2) + " " + num(ry)
                        + " 0 0 0 " + num(b.x + b.w) + " " + num(b.y + ry), STROKE));
            } else if (shape.type.startsWith("data")) {
                double fold = Math.min(10, b.w / 3);
                nodes.line(path("M" + num(b.x) + " " + num(b.y) + " H" + num(b.x + b.w - fold) + " L" + num(b.x + b.w) + " "
                        + num(b.y + fold) + " V" + num(b.y + b.h) + " H" + num(b.x) + " Z M" + num(b.x + b.w - fold) + " " + num(b.y)
                        + " V" + num(b.y + fold) + " H" + num(b.x + b.w), STROKE));
            }
        }

        private void drawActivity(Shape shape) {
            Box b = shape.box;
            boolean call = shape.type.equals("callActivity");
            nodes.line(rect(b.x, b.y, b.w, b.h, 10, "fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"" + (call ? 3 : 1.5) + "\""));
            switch (shape.type) {
                case "userTask" -> {
                    nodes.line(circle(b.x + 15, b.y + 12, 4, STROKE));
                    nodes.line(path("M" + num(b.x + 7) + " " + num(b.y + 25) + " C" + num(b.x + 7) + " " + num(b.y + 16) + " "
                            + num(b.x + 23) + " " + num(b.y + 16) + " " + num(b.x + 23) + " " + num(b.y + 25) + " Z", STROKE));
                }
                case "serviceTask" -> gear(b.x + 15, b.y + 15);
                case "sendTask" -> envelope(b.x + 16, b.y + 14, 8, true);
                case "receiveTask" -> envelope(b.x + 16, b.y + 14, 8, false);
                case "businessRuleTask" -> {
                    nodes.line(rect(b.x + 7, b.y + 7, 18, 13, 0, STROKE));
                    nodes.line(path("M" + num(b.x + 7) + " " + num(b.y + 11) + " H" + num(b.x + 25) + " M" + num(b.x + 12) + " "
                            + num(b.y + 11) + " V" + num(b.y + 20), "stroke=\"" + INK + "\""));
                }
                default -> {
                }
            }
            List<String> markers = new ArrayList<>();
            if (call || SUBPROCESSES.contains(shape.type)) {
                markers.add("collapsed");
            }
            child(shape.element, MODEL, "multiInstanceLoopCharacteristics").ifPresent(loop ->
                    markers.add("true".equals(loop.getAttribute("isSequential")) ? "sequential" : "parallel"));
            child(shape.element, MODEL, "standardLoopCharacteristics").ifPresent(loop -> markers.add("loop"));
            double left = b.cx() - (markers.size() * 14 + (markers.size() - 1) * 4) / 2.0;
            for (String marker : markers) {
                activityMarker(marker, left, b.y + b.h - 18);
                left += 18;
            }
        }

        private void activityMarker(String marker, double x, double y) {
            String thick = "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"2\"";
            switch (marker) {
                case "collapsed" -> {
                    nodes.line(rect(x, y, 14, 14, 0, STROKE));
                    nodes.line(path("M" + num(x + 7) + " " + num(y + 3) + " V" + num(y + 11) + " M" + num(x + 3) + " " + num(y + 7)
                            + " H" + num(x + 11), thick));
                }
                case "parallel" -> nodes.line(path("M" + num(x + 3) + " " + num(y) + " V" + num(y + 14) + " M" + num(x + 7) + " "
                        + num(y) + " V" + num(y + 14) + " M" + num(x + 11) + " " + num(y) + " V" + num(y + 14), thick));
                case "sequential" -> nodes.line(path("M" + num(x) + " " + num(y + 3) + " H" + num(x + 14) + " M" + num(x) + " "
                        + num(y + 7) + " H" + num(x + 14) + " M" + num(x) + " " + num(y + 11) + " H" + num(x + 14), thick));
                default -> nodes.line(path("M" + num(x + 4) + " " + num(y + 12) + " A6 6 0 1 1 " + num(x + 10) + " " + num(y + 12)
                        + " M" + num(x + 10) + " " + num(y + 8) + " V" + num(y + 12) + " H" + num(x + 14), "fill=\"none\" stroke=\""
                        + INK + "\" stroke-width=\"1.5\""));
            }
        }

        private void gear(double cx, double cy) {
            StringBuilder teeth = new StringBuilder();
            for (int i = 0; i < 8; i++) {
                double angle = Math.PI / 4 * i;
                teeth.append(teeth.isEmpty() ? "M" : " M").append(num(cx + 5 * Math.cos(angle))).append(' ')
                        .append(num(cy + 5 * Math.sin(angle))).append(" L").append(num(cx + 8.5 * Math.cos(angle))).append(' ')
                        .append(num(cy + 8.5 * Math.sin(angle)));
            }
            nodes.line(path(teeth.toString(), "stroke=\"" + INK + "\" stroke-width=\"3\""));
            nodes.line(circle(cx, cy, 5.5, STROKE));
            nodes.line(circle(cx, cy, 2, STROKE));
        }

        private void envelope(double cx, double cy, double r, boolean filled) {
            double w = r * 1.3;
            double h = r * 0.9;
            double x = cx - w / 2;
            double y = cy - h / 2;
            nodes.line(rect(x, y, w, h, 0, filled ? "fill=\"" + INK + "\" stroke=\"" + INK + "\"" : "fill=\"#fff\" stroke=\"" + INK + "\""));
            nodes.line(path("M" + num(x) + " " + num(y) + " L" + num(cx) + " " + num(cy + h * 0.1) + " L" + num(x + w) + " " + num(y),
                    "fill=\"none\" stroke=\"" + (filled ? "#fff" : INK) + "\""));
        }

        private void drawEvent(Shape shape) {
            Box b = shape.box;
            double r = Math.min(b.w, b.h) / 2;
            boolean nonInterrupting = "false".equals(shape.element.getAttribute("cancelActivity"))
                    || "false".equals(shape.element.getAttribute("isInterrupting"));
            String dash = nonInterrupting ? " stroke-dasharray=\"5 3\"" : "";
            switch (shape.type) {
                case "startEvent" -> nodes.line(circle(b.cx(), b.cy(), r, "fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"2\"" + dash));
                case "endEvent" -> nodes.line(circle(b.cx(), b.cy(), r - 1.5, "fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"4\""));
                default -> {
                    nodes.line(circle(b.cx(), b.cy(), r, STROKE + dash));
                    nodes.line(circle(b.cx(), b.cy(), r - 3.5, "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\"" + dash));
                }
            }
            boolean filled = shape.type.equals("endEvent") || shape.type.equals("intermediateThrowEvent");
            for (Element definition : children(shape.element, MODEL, "*")) {
                if (definition.getLocalName().endsWith("EventDefinition")) {
                    eventMarker(definition.getLocalName(), b.cx(), b.cy(), r, filled);
                    break;
                }
            }
        }

        private void eventMarker(String definition, double cx, double cy, double r, boolean filled) {
            String fill = filled ? "fill=\"" + INK + "\" stroke=\"" + INK + "\"" : "fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"1.5\"";
            switch (definition) {
                case "messageEventDefinition" -> envelope(cx, cy, r * 0.75, filled);
                case "timerEventDefinition" -> {
                    double face = r * 0.62;
                    nodes.line(circle(cx, cy, face, "fill=\"#fff\" stroke=\"" + INK + "\" stroke-width=\"1.5\""));
                    StringBuilder ticks = new StringBuilder();
                    for (int i = 0; i < 12; i++) {
                        double angle = Math.PI / 6 * i;
                        ticks.append(ticks.isEmpty() ? "M" : " M").append(num(cx + face * 0.78 * Math.cos(angle))).append(' ')
                                .append(num(cy + face * 0.78 * Math.sin(angle))).append(" L").append(num(cx + face * Math.cos(angle)))
                                .append(' ').append(num(cy + face * Math.sin(angle)));
                    }
                    nodes.line(path(ticks.toString(), "stroke=\"" + INK + "\""));
                    nodes.line(path("M" + num(cx) + " " + num(cy - face * 0.7) + " L" + num(cx) + " " + num(cy) + " L"
                            + num(cx + face * 0.5) + " " + num(cy + face * 0.15), "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"1.5\""));
                }
                case "signalEventDefinition" -> nodes.line(path("M" + num(cx) + " " + num(cy - r * 0.5) + " L" + num(cx + r * 0.48) + " "
                        + num(cy + r * 0.35) + " L" + num(cx - r * 0.48) + " " + num(cy + r * 0.35) + " Z", fill));
                case "terminateEventDefinition" -> nodes.line(circle(cx, cy, r * 0.55, "fill=\"" + INK + "\""));
                case "errorEventDefinition" -> nodes.line(path(points(cx, cy, r * 0.55,
                        -0.6, 0.7, -0.25, -0.7, 0.2, 0.1, 0.6, -0.7, 0.25, 0.7, -0.2, -0.1), fill));
                case "escalationEventDefinition" -> nodes.line(path(points(cx, cy, r,
                        0, -0.55, 0.4, 0.45, 0, 0.1, -0.4, 0.45), fill));
                case "conditionalEventDefinition" -> {
                    nodes.line(rect(cx - r * 0.38, cy - r * 0.48, r * 0.76, r * 0.96, 0, "fill=\"#fff\" stroke=\"" + INK + "\""));
                    StringBuilder lines = new StringBuilder();
                    for (int i = 1; i <= 4; i++) {
                        double y = cy - r * 0.48 + r * 0.96 * i / 5;
                        lines.append(lines.isEmpty() ? "M" : " M").append(num(cx - r * 0.25)).append(' ').append(num(y))
                                .append(" H").append(num(cx + r * 0.25));
                    }
                    nodes.line(path(lines.toString(), "stroke=\"" + INK + "\""));
                }
                case "linkEventDefinition" -> nodes.line(path(points(cx, cy, r,
                        -0.45, -0.15, 0.05, -0.15, 0.05, -0.4, 0.5, 0, 0.05, 0.4, 0.05, 0.15, -0.45, 0.15), fill));
                case "compensateEventDefinition" -> nodes.line(path(points(cx, cy, r,
                        -0.5, 0, 0, -0.35, 0, 0, 0.45, -0.35, 0.45, 0.35, 0, 0, 0, 0.35), fill));
                default -> {
                }
            }
        }

        /** A closed path through points given as multiples of {@code scale} around the centre. */
        private static String points(double cx, double cy, double scale, double... xy) {
            StringBuilder d = new StringBuilder();
            for (int i = 0; i < xy.length; i += 2) {
                d.append(i == 0 ? "M" : " L").append(num(cx + xy[i] * scale)).append(' ').append(num(cy + xy[i + 1] * scale));
            }
            return d.append(" Z").toString();
        }

        private void drawGateway(Shape shape) {
            Box b = shape.box;
            double cx = b.cx();
            double cy = b.cy();
            nodes.line(path("M" + num(cx) + " " + num(b.y) + " L" + num(b.x + b.w) + " " + num(cy) + " L" + num(cx) + " "
                    + num(b.y + b.h) + " L" + num(b.x) + " " + num(cy) + " Z", STROKE));
            double s = b.w * 0.2;
            String thick = "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"3\" stroke-linecap=\"round\"";
            String cross = "M" + num(cx - s) + " " + num(cy - s) + " L" + num(cx + s) + " " + num(cy + s) + " M" + num(cx + s) + " "
                    + num(cy - s) + " L" + num(cx - s) + " " + num(cy + s);
            String plus = "M" + num(cx) + " " + num(cy - s * 1.2) + " V" + num(cy + s * 1.2) + " M" + num(cx - s * 1.2) + " "
                    + num(cy) + " H" + num(cx + s * 1.2);
            switch (shape.type) {
                case "exclusiveGateway" -> {
                    if ("true".equals(shape.di.getAttribute("isMarkerVisible"))) {
                        nodes.line(path(cross, thick));
                    }
                }
                case "parallelGateway" -> nodes.line(path(plus, thick));
                case "inclusiveGateway" -> nodes.line(circle(cx, cy, s * 1.15, "fill=\"none\" stroke=\"" + INK + "\" stroke-width=\"2.5\""));
                case "complexGateway" -> nodes.line(path(plus + " " + cross, thick));
                default -> {
                    nodes.line(circle(cx, cy, s * 1.3, "fill=\"none\" stroke=\"" + INK + "\""));
                    nodes.line(circle(cx, cy, s * 1.05, "fill=\"none\" stroke=\"" + INK + "\""));
                    nodes.line(path(points(cx, cy, s, 0, -0.7, 0.67, -0.22, 0.41, 0.57, -0.41, 0.57, -0.67, -0.22),
                            "fill=\"none\" stroke=\"" + INK + "\""));
                }
            }
        }

        private void labelEdge(Edge edge) {
            String name = edge.element.getAttribute("name").strip();
            if (name.isEmpty()) {
                return;
            }
            List<String> lines = Svg.wrap(name, 90);
            double width = lines.stream().mapToDouble(Svg::width).max().orElse(0);
            double height = lines.size() * LINE_HEIGHT;
            if (edge.label.isPresent()) {
                Box b = edge.label.get();
                place(lines, new Box(b.cx() - width / 2, b.cy() - height / 2, width, height), "middle", true);
                return;
            }
            double[] p = edge.points.get(0);
            double[] q = edge.points.get(1);
            double mx = (p[0] + q[0]) / 2;
            double my = (p[1] + q[1]) / 2;
            if (Math.abs(q[0] - p[0]) >= Math.abs(q[1] - p[1])) {
                place(lines, new Box(mx - width / 2, my - 5 - height, width, height), "middle", true);
            } else {
                place(lines, new Box(mx + 6, my - height / 2, width, height), "start", true);
            }
        }

        private void labelShape(Shape shape) {
            String name = shape.type.equals("textAnnotation")
                    ? child(shape.element, MODEL, "text").map(Node::getTextContent).orElse("").strip()
                    : shape.element.getAttribute("name").strip();
            if (name.isEmpty()) {
                return;
            }
            Box b = shape.box;
            if (shape.type.equals("participant") || shape.type.equals("lane")) {
                labels.line(Svg.text(Svg.wrap(name, b.h - 10), b.x + 15, b.cy() + 4, "middle", false,
                        "transform=\"rotate(-90 " + num(b.x + 15) + " " + num(b.cy()) + ")\""));
            } else if (isContainer(shape)) {
                List<String> lines = Svg.wrap(name, b.w - 16);
                labels.line(Svg.text(lines, b.x + 8, b.y + 18, "start", false, ""));
            } else if (shape.type.equals("textAnnotation")) {
                labels.line(Svg.text(Svg.wrap(name, b.w - 10), b.x + 6, b.y + 16, "start", false, ""));
            } else if (ACTIVITIES.contains(shape.type)) {
                List<String> lines = Svg.wrap(name, b.w - 14);
                double first = b.cy() - (lines.size() - 1) * LINE_HEIGHT / 2 + Svg.FONT_SIZE * 0.35;
                labels.line(Svg.text(lines, b.cx(), first, "middle", false, ""));
            } else {
                List<String> lines = Svg.wrap(name, 96);
                double width = lines.stream().mapToDouble(Svg::width).max().orElse(0);
                double height = lines.size() * LINE_HEIGHT;
                if (shape.label.isPresent()) {
                    Box l = shape.label.get();
                    place(lines, new Box(l.cx() - width / 2, l.y, width, height), "middle", false);
                    return;
                }
                // Below, above, right, left, then diagonally below (where a boundary event's flow leaves downwards).
                double diagonal = Math.min(b.w, b.h) * 0.35;
                List<Box> candidates = List.of(
                        new Box(b.cx() - width / 2, b.y + b.h + 4, width, height),
                        new Box(b.cx() - width / 2, b.y - 4 - height, width, height),
                        new Box(b.x + b.w + 4, b.cy() - height / 2, width, height),
                        new Box(b.x - 4 - width, b.cy() - height / 2, width, height),
                        new Box(b.cx() + diagonal + 4, b.cy() + diagonal, width, height),
                        new Box(b.cx() - diagonal - 4 - width, b.cy() + diagonal, width, height));
                List<String> anchors = List.of("middle", "middle", "start", "end", "start", "end");
                int chosen = 0;
                while (chosen < candidates.size() && !free(candidates.get(chosen), shape)) {
                    chosen++;
                }
                chosen = chosen == candidates.size() ? 0 : chosen;
                place(lines, candidates.get(chosen), anchors.get(chosen), true);
            }
        }

        /** Whether a label there would cross no flow, no other shape and no label placed before. */
        private boolean free(Box label, Shape owner) {
            for (Edge edge : edges) {
                for (int i = 1; i < edge.points.size(); i++) {
                    if (label.crossedBy(edge.points.get(i - 1), edge.points.get(i))) {
                        return false;
                    }
                }
            }
            for (Shape other : shapes) {
                if (other != owner && !isContainer(other) && other.box.overlaps(label)) {
                    return false;
                }
            }
            return placedLabels.stream().noneMatch(label::overlaps);
        }

        private void place(List<String> lines, Box box, String anchor, boolean halo) {
            double x = switch (anchor) {
                case "start" -> box.x;
                case "end" -> box.x + box.w;
                default -> box.cx();
            };
            labels.line(Svg.text(lines, x, box.y + Svg.FONT_SIZE - 1, anchor, halo, ""));
            placedLabels.add(box);
            extent.add(box);
        }

        private static Optional<Box> labelBounds(Element di) {
            return child(di, BPMN_DI, "BPMNLabel").flatMap(label -> child(label, DC, "Bounds")).map(BpmnDiagrams::box);
        }
    }

    private static Box box(Element bounds) {
        return new Box(number(bounds, "x"), number(bounds, "y"), number(bounds, "width"), number(bounds, "height"));
    }

    private static double number(Element element, String attribute) {
        return Double.parseDouble(element.getAttribute(attribute));
    }

    private static Optional<Element> child(Element parent, String namespace, String localName) {
        return children(parent, namespace, localName).stream().findFirst();
    }

    /** Direct child elements by namespace and local name ({@code *} for any name). */
    private static List<Element> children(Element parent, String namespace, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element && namespace.equals(element.getNamespaceURI())
                    && (localName.equals("*") || localName.equals(element.getLocalName()))) {
                found.add(element);
            }
        }
        return found;
    }
}
