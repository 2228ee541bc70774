package org.planflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** Debian's LibreOffice, headless, turning a .docx into the text a reader sees: proof that it renders. */
public final class LibreOffice {

    private static final long TIMEOUT_SECONDS = 120;

    private LibreOffice() {
    }

    /** The document's text as LibreOffice lays it out; {@code dir} takes the profile, the log and the output. */
    public static String toText(Path docx, Path dir) throws IOException, InterruptedException {
        Path log = dir.resolve("soffice.log");
        // A profile of its own, so parallel runs and a desktop LibreOffice do not lock each other out.
        Process process = new ProcessBuilder(soffice(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless", "--convert-to", "txt:Text (encoded):UTF8", "--outdir", dir.toString(), docx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            fail("LibreOffice did not convert %s within %d s:%n%s", docx, TIMEOUT_SECONDS, Files.readString(log));
        }
        String name = docx.getFileName().toString();
        Path txt = dir.resolve(name.substring(0, name.lastIndexOf('.')) + ".txt");
        assertThat(txt).as("LibreOffice exited with %d:%n%s", process.exitValue(), Files.readString(log)).exists();
        return Files.readString(txt, StandardCharsets.UTF_8);
    }

    /** Fails rather than skips: without LibreOffice nothing shows the document renders. */
    private static String soffice() {
        Stream<Path> onPath = Stream.of(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(entry -> !entry.isBlank())
                .flatMap(entry -> Stream.of(Path.of(entry, "soffice"), Path.of(entry, "libreoffice")));
        Stream<Path> usual = Stream.of("/usr/bin/soffice", "/usr/bin/libreoffice", "/usr/lib/libreoffice/program/soffice",
                "/opt/libreoffice/program/soffice", "/Applications/LibreOffice.app/Contents/MacOS/soffice").map(Path::of);
        List<Path> found = Stream.concat(onPath, usual).filter(Files::isExecutable).limit(1).toList();
        if (found.isEmpty()) {
            fail("LibreOffice (soffice) is not installed, so the rendering of official documents cannot be checked. "
                    + "Install it, e.g. apt-get install --no-install-recommends libreoffice-writer-nogui fonts-noto-cjk");
        }
        return found.get(0).toString();
    }
}
