package org.planflow.shared.ui;

import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import org.planflow.shared.AcceptedFileTypes;
import org.planflow.shared.CodedRefusal;
import org.planflow.shared.TooLargeException;
import org.planflow.shared.UploadLimit;
import org.planflow.shared.UploadProblem;

/**
 * Beside an upload of a file to keep (an attachment, evidence): the types it takes and, once a file is refused, why,
 * in the user's language: the same words whether the browser refused the file or the server did.
 */
public class UploadNote extends Span {

    private final AcceptedFileTypes types;
    private final UploadLimit limit;
    private final Span problem = new Span();

    /** Also makes the upload offer only the accepted types under the limit; {@code id} names the problem's text. */
    public UploadNote(Upload upload, AcceptedFileTypes types, UploadLimit limit, String id) {
        this.types = types;
        this.limit = limit;
        watch(upload, types.uploadTypes());
        Span accepted = new Span(getTranslation("upload.accepted", types.listed()));
        accepted.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        problem.setId(id);
        problem.setVisible(false);
        Callouts.error(problem).getStyle().set("display", "block").set("max-width", "40em");
        getStyle().set("display", "block");
        add(accepted, problem);
    }

    /**
     * Another upload beside the first that offers some of the types only (a phone camera's photos); its refusals show
     * here alike.
     */
    public void watch(Upload upload, String... offered) {
        upload.setAcceptedFileTypes(offered);
        upload.setMaxFileSize(limit.componentBytes());
        upload.addFileRejectedListener(event -> show(types.accepts(event.getFileName()) ? tooLarge(event.getFileName())
                : typeRefused(event.getFileName())));
    }

    /**
     * Shows a service's refusal of the file if it is one of the upload's own (a refused type, a file over the limit)
     * and says so; any other refusal is the caller's to word.
     */
    public boolean refused(RuntimeException e, String fileName) {
        Optional<String> text = words(e, fileName);
        text.ifPresent(this::show);
        return text.isPresent();
    }

    public void show(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    public void clear() {
        problem.setText("");
        problem.setVisible(false);
    }

    private Optional<String> words(RuntimeException e, String fileName) {
        if (e instanceof TooLargeException) {
            return Optional.of(tooLarge(fileName));
        }
        if (e instanceof CodedRefusal refusal && refusal.problem() instanceof UploadProblem) {
            return Optional.of(Feedback.words(this, refusal));
        }
        return Optional.empty();
    }

    private String typeRefused(String fileName) {
        return getTranslation(UploadProblem.FILE_TYPE_NOT_ACCEPTED.translationKey(), fileName, types.listed());
    }

    private String tooLarge(String fileName) {
        return getTranslation("upload.tooLarge", fileName, FileSizes.format(limit.bytes()));
    }
}
