package org.planflow.circulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.planflow.ApiClient;
import org.planflow.PlanFlowTest;
import org.planflow.TestPlans;
import org.planflow.organization.UnitAdminService;
import org.planflow.organization.UnitForm;
import org.planflow.organization.UnitType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.TestPropertySource;

/**
 * The covering notice's 主送 line for the recipients the office chose: a few single units by name, groups by their
 * wording, many single units by their kinds, so that issuing to a thousand single units is never refused for the
 * length of the line (decision 037). A context and database of its own: its thousand units stay out of the lists
 * the other tests read; the thousand are issued to last.
 */
@PlanFlowTest
@TestPropertySource(properties = "planflow.test.database=addressees")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AddresseesIT {

    @LocalServerPort
    int port;
    @Autowired
    UnitAdminService units;
    @Autowired
    UserDetailsService users;

    @AfterEach
    void logOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    @Order(1)
    void three_single_units_are_named_one_by_one() throws IOException {
        long planId = issue("[\"town-1\",\"street-1\",\"fgw\"]");
        String line = "区发展改革委、城关镇、沱河街道办事处：";
        assertThat(addressees(planId)).isEqualTo(line);
        assertThat(mainSend(planId)).isEqualTo(line);
    }

    @Test
    @Order(2)
    void a_group_with_many_single_units_names_the_units_by_their_kind() throws IOException {
        List<String> townships = create("mix-" + System.nanoTime(), UnitType.TOWNSHIP, Addressees.MAX_NAMED + 2);
        List<String> recipients = new ArrayList<>(townships);
        recipients.add(RecipientGroup.ALL_STREETS.name());
        long planId = issue(json(recipients));
        String line = "有关乡镇人民政府、各街道办事处：";
        assertThat(addressees(planId)).isEqualTo(line);
        assertThat(mainSend(planId)).isEqualTo(line);
    }

    @Test
    @Order(3)
    void issuing_to_a_thousand_single_units_names_them_by_their_kinds() throws IOException {
        String prefix = "many-" + System.nanoTime();
        List<String> recipients = new ArrayList<>(create(prefix + "-t", UnitType.TOWNSHIP, 400));
        recipients.addAll(create(prefix + "-s", UnitType.STREET, 300));
        recipients.addAll(create(prefix + "-d", UnitType.DEPARTMENT, 300));

        long planId = issue(json(recipients));

        String line = "有关乡镇人民政府、街道办事处，区政府有关部门：";
        assertThat(addressees(planId)).isEqualTo(line);
        assertThat(mainSend(planId)).isEqualTo(line);
        assertThat(api().get("/api/plans/" + planId + "/acknowledgements?size=1", "office").json().path("totals")
                .path("total").asInt()).isEqualTo(1000);
    }

    /** Creates units of a kind through the administration's service; their names are long, as real ones are. */
    private List<String> create(String prefix, UnitType type, int count) {
        var admin = users.loadUserByUsername("admin");
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(admin, null, admin.getAuthorities()));
        List<String> codes = new ArrayList<>();
        String kind = switch (type) {
            case TOWNSHIP -> "镇人民政府";
            case STREET -> "街道办事处";
            default -> "管理局";
        };
        for (int n = 1; n <= count; n++) {
            String code = prefix + "-" + n;
            units.create(new UnitForm(code, "测试" + prefix + "第" + n + kind, type, "leadership", null, List.of()));
            codes.add(code);
        }
        SecurityContextHolder.clearContext();
        return codes;
    }

    private long issue(String recipients) {
        ApiClient api = api();
        long planId = TestPlans.approved(api, "主送测试方案 " + System.nanoTime());
        TestPlans.complete(api, "office", api.taskOf("office", "ISSUE", planId), "{\"outcome\":\"issue\",\"prefix\":\"区政办发\","
                + "\"form\":\"印发\",\"recipients\":" + recipients + ",\"ackWorkingDays\":3}");
        return planId;
    }

    private String addressees(long planId) {
        return api().get("/api/plans/" + planId + "/acknowledgements?size=1", "office").json().path("issuance")
                .path("addressees").asText();
    }

    /** The notice's 主送 paragraph: the first paragraph after the title that ends with the colon. */
    private String mainSend(long planId) throws IOException {
        try (XWPFDocument docx = new XWPFDocument(new ByteArrayInputStream(api().getBytes("/api/plans/" + planId + "/notice.docx",
                "office")))) {
            List<String> paragraphs = docx.getParagraphs().stream().map(XWPFParagraph::getText).map(String::strip).toList();
            int title = paragraphs.indexOf(paragraphs.stream().filter(text -> text.startsWith("关于印发主送测试方案")).findFirst()
                    .orElseThrow());
            return paragraphs.stream().skip(title + 1).filter(text -> !text.isEmpty()).findFirst().orElseThrow();
        }
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    private static String json(List<String> codes) {
        return codes.stream().map(code -> "\"" + code + "\"").collect(Collectors.joining(",", "[", "]"));
    }
}
