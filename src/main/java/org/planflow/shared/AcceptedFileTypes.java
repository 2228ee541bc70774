package org.planflow.shared;

import java.net.URLConnection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The file types a plan attachment or an evidence file may be, by extension ({@code planflow.upload.accepted-types}):
 * documents, spreadsheets, scans and photos that a reader opens as they are; anything else is refused naming
 * {@code file} with {@link UploadProblem#FILE_TYPE_NOT_ACCEPTED}.
 */
public record AcceptedFileTypes(List<String> extensions) {

    private static final Pattern EXTENSION = Pattern.compile("[a-z0-9]{1,10}");

    public AcceptedFileTypes {
        extensions = extensions == null ? List.of() : extensions.stream()
                .map(extension -> extension.strip().toLowerCase(Locale.ROOT).replaceFirst("^\\.", "")).distinct().toList();
        if (extensions.isEmpty()) {
            throw new IllegalStateException("planflow.upload.accepted-types must name at least one file type");
        }
        extensions.stream().filter(extension -> !EXTENSION.matcher(extension).matches()).findFirst().ifPresent(bad -> {
            throw new IllegalStateException("planflow.upload.accepted-types: '" + bad + "' is not a file extension");
        });
    }

    public boolean accepts(String fileName) {
        if (fileName == null) {
            return false;
        }
        int dot = fileName.lastIndexOf('.');
        return dot >= 0 && extensions.contains(fileName.substring(dot + 1).strip().toLowerCase(Locale.ROOT));
    }

    /** Refuses a file whose name does not end in an accepted extension. */
    public void check(String fileName) {
        if (!accepts(fileName)) {
            throw UploadProblem.FILE_TYPE_NOT_ACCEPTED.at("file", fileName, listed());
        }
    }

    /** The types as a message names them: {@code pdf, doc, docx}. */
    public String listed() {
        return String.join(", ", extensions);
    }

    /** The accepted types that are pictures, as media types ({@code image/jpeg}): what a phone's camera may offer. */
    public String[] imageTypes() {
        return extensions.stream().map(extension -> URLConnection.guessContentTypeFromName("file." + extension))
                .filter(type -> type != null && type.startsWith("image/")).distinct().toArray(String[]::new);
    }

    /** The types as an upload component filters them: {@code .pdf}, {@code .doc}, … */
    public String[] uploadTypes() {
        return extensions.stream().map(extension -> "." + extension).toArray(String[]::new);
    }
}
