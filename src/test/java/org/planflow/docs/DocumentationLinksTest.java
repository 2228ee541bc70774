package org.planflow.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

/**
 * The documentation stands alone: every relative link in README.md, docs/ and the other Markdown files
 * leads to a file (and heading) in this repository, and the architecture page shows every process.
 */
class DocumentationLinksTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().normalize();
    private static final Path ARCHITECTURE = Path.of("docs", "architecture.md");
    /** Build output, the local database and generated front-end files: no documentation of ours. */
    private static final Set<String> NOT_DOCUMENTATION = Set.of(".git", "target", "node_modules", "data",
            "src/main/frontend", "src/main/bundles");
    private static final Pattern FENCED_CODE = Pattern.compile("(?ms)^\\s*```.*?^\\s*```");
    private static final Pattern INLINE_CODE = Pattern.compile("`[^`\\n]*`");
    private static final Pattern INLINE_LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
    private static final Pattern REFERENCE_LINK = Pattern.compile("(?m)^\\s{0,3}\\[[^\\]]+\\]:\\s*<?(\\S+?)>?(?:\\s|$)");
    private static final Pattern HTML_LINK = Pattern.compile("(?i)<(?:a|img)\\s[^>]*?(?:href|src)\\s*=\\s*\"([^\"]+)\"");
    private static final Pattern SCHEME = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");
    private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

    @Test
    void every_relative_link_in_the_documentation_leads_to_a_file_in_the_repository() throws IOException {
        List<Path> documents = markdownFiles();
        assertThat(documents).as("Markdown files under %s", ROOT).contains(ROOT.resolve("README.md"), ROOT.resolve(ARCHITECTURE));
        List<String> broken = new ArrayList<>();
        for (Path document : documents) {
            for (String link : links(Files.readString(document, StandardCharsets.UTF_8))) {
                problem(document, link).ifPresent(problem -> broken.add(ROOT.relativize(document) + ": " + link + " " + problem));
            }
        }
        assertThat(broken).as("links that lead nowhere or out of the repository").isEmpty();
    }

    @Test
    void the_architecture_page_shows_every_process_diagram() throws IOException {
        String page = Files.readString(ARCHITECTURE, StandardCharsets.UTF_8);
        for (Path process : BpmnDiagrams.processes()) {
            String image = "images/" + BpmnDiagrams.imageOf(process).getFileName();
            assertThat(page).as("%s has no subsection showing %s (%s)", ARCHITECTURE, process, image).contains("(" + image + ")");
        }
    }

    private static List<Path> markdownFiles() throws IOException {
        List<Path> found = new ArrayList<>();
        Files.walkFileTree(ROOT, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                return NOT_DOCUMENTATION.contains(ROOT.relativize(dir).toString().replace('\\', '/'))
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (file.getFileName().toString().endsWith(".md")) {
                    found.add(file);
                }
                return FileVisitResult.CONTINUE;
            }
        });
        return found.stream().sorted().toList();
    }

    private static List<String> links(String markdown) {
        String text = INLINE_CODE.matcher(FENCED_CODE.matcher(markdown).replaceAll("")).replaceAll("");
        List<String> links = new ArrayList<>();
        for (Pattern pattern : List.of(INLINE_LINK, REFERENCE_LINK, HTML_LINK)) {
            Matcher matcher = pattern.matcher(text);
            while (matcher.find()) {
                links.add(matcher.group(1));
            }
        }
        return links;
    }

    /** What is wrong with a link from the document, if anything; web addresses are not checked. */
    private static Optional<String> problem(Path document, String link) throws IOException {
        if (SCHEME.matcher(link).find() || link.startsWith("//")) {
            return Optional.empty();
        }
        int hash = link.indexOf('#');
        String path = URLDecoder.decode(hash < 0 ? link : link.substring(0, hash), StandardCharsets.UTF_8);
        String anchor = hash < 0 ? null : link.substring(hash + 1);
        if (path.startsWith("/")) {
            return Optional.of("is absolute; link relative to the document");
        }
        Path target = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
        if (!target.startsWith(ROOT)) {
            return Optional.of("points outside the repository");
        }
        if (!Files.exists(target)) {
            return Optional.of("leads to no file (" + ROOT.relativize(target) + ")");
        }
        if (anchor != null && !anchor.isEmpty() && target.toString().endsWith(".md")
                && !anchors(Files.readString(target, StandardCharsets.UTF_8)).contains(anchor)) {
            return Optional.of("names no heading of " + ROOT.relativize(target));
        }
        return Optional.empty();
    }

    /** The anchors GitHub gives the headings: lower case, punctuation dropped, spaces as hyphens. */
    private static List<String> anchors(String markdown) {
        List<String> anchors = new ArrayList<>();
        Matcher heading = HEADING.matcher(FENCED_CODE.matcher(markdown).replaceAll(""));
        while (heading.find()) {
            anchors.add(heading.group(1).toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-'));
        }
        return anchors;
    }
}
