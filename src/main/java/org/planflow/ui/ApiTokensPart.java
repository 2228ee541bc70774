package org.planflow.ui;

import java.util.Map;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import org.planflow.security.ApiToken;
import org.planflow.security.ApiTokenService;
import org.planflow.shared.ui.LazyPages;
import org.planflow.security.IssuedApiToken;
import org.planflow.shared.Formats;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.ui.Callouts;
import org.planflow.shared.ui.Feedback;

/**
 * 个人设置 · API 令牌: a person issues tokens of their own for scripts and integration clients, sees each new secret
 * once, and revokes what they no longer use.
 */
class ApiTokensPart extends VerticalLayout {

    private final transient ApiTokenService tokens;
    private final TextField name = new TextField();
    private final Div issued = new Div();
    private final Grid<ApiToken> grid = new Grid<>();

    ApiTokensPart(ApiTokenService tokens) {
        this.tokens = tokens;
        setPadding(false);

        name.setId("token-name");
        name.setLabel(getTranslation("account.tokens.name"));
        name.setPlaceholder(getTranslation("account.tokens.name.example"));
        name.setMaxLength(ApiTokenService.MAX_NAME);
        Button issue = new Button(getTranslation("account.tokens.issue"), click -> issue());
        issue.setId("issue-token");
        HorizontalLayout form = new HorizontalLayout(name, issue);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        issued.setId("issued-token");
        issued.setVisible(false);
        Callouts.warning(issued);

        grid.setId("api-tokens");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.addColumn(ApiToken::name).setHeader(getTranslation("account.tokens.column.name")).setKey("name").setAutoWidth(true);
        grid.addColumn(token -> token.hint() + "…").setHeader(getTranslation("account.tokens.column.hint")).setKey("hint")
                .setAutoWidth(true);
        grid.addColumn(token -> Formats.dateTime(token.createdAt())).setHeader(getTranslation("account.tokens.column.created"))
                .setKey("created").setAutoWidth(true);
        grid.addColumn(token -> token.lastUsedAt() == null ? getTranslation("account.tokens.never") : Formats.dateTime(token.lastUsedAt()))
                .setHeader(getTranslation("account.tokens.column.lastUsed")).setKey("lastUsed").setAutoWidth(true);
        grid.addComponentColumn(this::revokeButton).setKey("revoke").setAutoWidth(true);
        grid.setEmptyStateText(getTranslation("account.tokens.none"));

        add(new H3(getTranslation("account.tokens.title")), new Paragraph(getTranslation("account.tokens.intro")), form, issued, grid);
        refresh();
    }

    private void issue() {
        IssuedApiToken[] made = new IssuedApiToken[1];
        boolean done = Feedback.attempt(this, "account.tokens.error", Map.of("name", name), () -> made[0] = tokens.issueOwn(name.getValue()));
        if (done) {
            name.clear();
            show(made[0]);
            refresh();
        }
    }

    /** The secret, this once, with a button that copies it. */
    private void show(IssuedApiToken token) {
        TextField secret = new TextField();
        secret.setId("issued-token-secret");
        secret.setValue(token.token());
        secret.setReadOnly(true);
        secret.setWidthFull();
        Button copy = new Button(getTranslation("account.tokens.copy"), click -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard.writeText($0)", token.token());
            Feedback.success(getTranslation("account.tokens.copied"));
        });
        copy.setId("copy-token");
        HorizontalLayout line = new HorizontalLayout(secret, copy);
        line.setWidthFull();
        issued.removeAll();
        issued.add(new Paragraph(getTranslation("account.tokens.issued", token.name())), line);
        issued.setVisible(true);
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button(getTranslation("account.tokens.revoke"), click -> {
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("revoke-token-confirm");
            confirm.setHeader(getTranslation("account.tokens.revoke.title"));
            confirm.setText(getTranslation("account.tokens.revoke.text", token.name()));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.setConfirmText(getTranslation("account.tokens.revoke"));
            confirm.setConfirmButtonTheme("error primary");
            confirm.addConfirmListener(event -> {
                try {
                    tokens.revokeOwn(token.id());
                } catch (NotFoundException revokedMeanwhile) {
                    // Revoked in another window meanwhile: it is gone either way.
                }
                Feedback.success(getTranslation("account.tokens.revoked", token.name()));
                refresh();
            });
            confirm.open();
        });
        revoke.getElement().setAttribute("data-token", String.valueOf(token.id()));
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY_INLINE);
        return revoke;
    }

    private void refresh() {
        LazyPages.show(grid, tokens::own);
    }
}
