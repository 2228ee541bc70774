package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.planflow.importing.DocumentWarning.Code.GROUP_LEADS;
import static org.planflow.importing.DocumentWarning.Code.ITEM_WITHOUT_LEAD_UNIT;
import static org.planflow.importing.DocumentWarning.Code.SEVERAL_LEAD_UNITS;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Cadence;

/** Responsibility notes as district plans write them, beyond the forms the seeds show. */
class ResponsibilityNotesTest {

    private static final ProposedUnit MARKET = new ProposedUnit("scjgj", "区市场监管局");
    private static final ProposedUnit FINANCE = new ProposedUnit("czj", "区财政局");
    private static final ProposedUnit STATISTICS = new ProposedUnit("tjj", "区统计局");
    private static final ProposedUnit COMMERCE = new ProposedUnit("swj", "区商务局");
    private static final ProposedUnit INDUSTRY = new ProposedUnit("jxj", "区经信局");
    private static final ProposedUnit SCIENCE = new ProposedUnit("kjj", "区科技局");
    private static final ProposedUnit CULTURE = new ProposedUnit("whlyj", "区文化旅游局");
    private static final ProposedUnit DEVELOPMENT = new ProposedUnit("fgw", "区发展改革委");

    private final DocumentImporter importer = new DocumentImporter(Seeds.demoMatcher(), Seeds.LIMIT);

    // --- labels ---

    @Test
    void lead_and_cooperating_labels_name_the_lead_and_the_cooperating_units() {
        assertThat(only("（一）加强质量监管。（牵头单位：区市场监管局；配合单位：区财政局、区统计局）"))
                .isEqualTo(item("加强质量监管", MARKET, FINANCE, STATISTICS));
        assertThat(only("（一）加强质量监管。（牵头责任单位：区市场监管局；协同配合单位：区经信局）"))
                .isEqualTo(item("加强质量监管", MARKET, INDUSTRY));
        assertThat(only("（一）举办质量月活动。（主办单位：区文化旅游局；协办单位：区商务局）"))
                .isEqualTo(item("举办质量月活动", CULTURE, COMMERCE));
    }

    @Test
    void responsible_units_alone_are_led_by_the_first_and_beside_a_lead_unit_they_cooperate() {
        assertThat(only("（一）完善统计监测。（责任单位：区统计局、区财政局）")).isEqualTo(item("完善统计监测", STATISTICS, FINANCE));
        assertThat(only("（一）完善统计监测。（牵头单位：区发展改革委；责任单位：区财政局、区统计局）"))
                .isEqualTo(item("完善统计监测", DEVELOPMENT, FINANCE, STATISTICS));
    }

    @Test
    void several_lead_units_are_kept_the_first_leads_and_the_drafter_is_told() {
        ImportedDocument plan = importBody("（一）加强质量监管。（牵头：区市场监管局、区商务局；配合：区财政局）");

        assertThat(plan.items()).containsExactly(item("加强质量监管", MARKET, COMMERCE, FINANCE));
        assertThat(plan.warnings()).contains(DocumentWarning.of(SEVERAL_LEAD_UNITS, 1, "区市场监管局、区商务局", "区市场监管局"));
    }

    @Test
    void half_width_brackets_colons_semicolons_and_commas_read_like_full_width_ones() {
        assertThat(only("（一）加强质量监管。(牵头单位:区市场监管局;配合单位:区财政局,区统计局)"))
                .isEqualTo(item("加强质量监管", MARKET, FINANCE, STATISTICS));
        assertThat(only("（一）加强质量监管。（牵头单位：区市场监管局；配合单位：区财政局，区统计局）"))
                .isEqualTo(item("加强质量监管", MARKET, FINANCE, STATISTICS));
    }

    @Test
    void leaders_and_deadlines_in_a_note_are_no_units() {
        assertThat(only("（一）加强质量监管。（牵头单位：区市场监管局；责任领导：王某某；完成时限：2026年底）"))
                .isEqualTo(item("加强质量监管", MARKET));
    }

    @Test
    void a_labelled_note_without_brackets_on_a_line_of_its_own_belongs_to_the_task_above() {
        assertThat(only("（一）强化质量考核。\n牵头单位：区统计局；配合单位：区财政局")).isEqualTo(item("强化质量考核", STATISTICS, FINANCE));
        ProposedItem yearly = only("（一）强化质量考核。每年考核一次。责任单位：区统计局。");
        assertThat(yearly).usingRecursiveComparison().ignoringFields("cadence").isEqualTo(item("强化质量考核", STATISTICS));
        assertThat(yearly.cadence()).as("每年考核一次: the task recurs every year").isEqualTo(Cadence.YEARLY);
    }

    // --- inline ---

    @Test
    void a_lead_unit_with_cooperating_units_written_inline_in_brackets_is_read() {
        assertThat(only("（一）推进标准化建设（区市场监管局牵头，区财政局、区统计局配合）"))
                .isEqualTo(item("推进标准化建设", MARKET, FINANCE, STATISTICS));
        assertThat(only("（一）推进标准化建设。（由区科技局负责，区经信局参与）")).isEqualTo(item("推进标准化建设", SCIENCE, INDUSTRY));
        assertThat(only("（一）推进标准化建设。(区科技局负责,区经信局配合)")).isEqualTo(item("推进标准化建设", SCIENCE, INDUSTRY));
        assertThat(only("（一）推进标准化建设。（区科技局会同区经信局负责）")).isEqualTo(item("推进标准化建设", SCIENCE, INDUSTRY));
        assertThat(only("（一）推进标准化建设。（区科技局为牵头单位，区经信局为配合单位）")).isEqualTo(item("推进标准化建设", SCIENCE, INDUSTRY));
    }

    @Test
    void inline_roles_without_brackets_at_the_end_of_a_sentence_or_as_a_sentence_of_their_own_are_read() {
        assertThat(only("（一）扩大质量宣传，区商务局负责，区文化旅游局配合。")).isEqualTo(item("扩大质量宣传", COMMERCE, CULTURE));
        assertThat(only("（一）扩大质量宣传。开展质量月活动。由区商务局负责，区文化旅游局参与。"))
                .isEqualTo(item("扩大质量宣传", COMMERCE, CULTURE));
    }

    @Test
    void a_sentence_that_merely_mentions_a_duty_is_no_note() {
        ImportedDocument plan = importBody("（一）加强组织领导。办公室主任由区市场监管局副局长担任，负责日常工作。");

        assertThat(plan.items()).isEmpty();
    }

    // --- where notes stand ---

    @Test
    void notes_at_the_end_of_numbered_sub_items_belong_to_each_sub_item() {
        ImportedDocument plan = importBody("（一）提升产品质量\n1．实施质量提升行动。开展对标达标活动。（牵头单位：区市场监管局；配合单位：区经信局）\n"
                + "2．加强计量基础建设（责任单位：区科技局）\n（1）推广先进质量管理方法。（区经信局负责）");

        assertThat(plan.items()).extracting(ProposedItem::category, ProposedItem::indicator, ProposedItem::leadUnit).containsExactly(
                tuple("提升产品质量", "实施质量提升行动", MARKET),
                tuple("提升产品质量", "加强计量基础建设", SCIENCE),
                tuple("加强计量基础建设", "推广先进质量管理方法", INDUSTRY));
        assertThat(plan.items().get(0).coopUnits()).containsExactly(INDUSTRY);
    }

    // --- groups of units ---

    @Test
    void townships_and_street_offices_as_cooperating_units_become_every_township_and_street_office() {
        ProposedItem item = only("（一）推进质量强镇建设。（牵头单位：区市场监管局；配合单位：各乡镇（街道））");

        assertThat(item.leadUnit()).isEqualTo(MARKET);
        assertThat(item.coopUnits()).extracting(ProposedUnit::code).containsExactlyElementsOf(Seeds.codesOf("TOWNSHIP", "STREET"));
    }

    @Test
    void departments_directly_under_the_district_become_every_department_but_the_lead() {
        ProposedItem item = only("（一）推进质量强镇建设。（区市场监管局牵头，区直各部门配合）");

        List<String> others = new ArrayList<>(Seeds.codesOf("DEPARTMENT"));
        others.remove("scjgj");
        assertThat(item.coopUnits()).extracting(ProposedUnit::code).containsExactlyElementsOf(others);
    }

    @Test
    void a_group_named_as_lead_leads_as_the_group_without_a_warning() {
        ImportedDocument plan = importBody("（一）落实属地责任。（责任单位：各乡镇、各街道办事处）");

        ProposedItem item = plan.items().get(0);
        assertThat(item.leadGroup()).isEqualTo(GroupLead.TOWNSHIPS_AND_STREETS);
        assertThat(item.leadUnit()).isNull();
        assertThat(item.coopUnits()).as("the group's units lead their own items, they do not cooperate").isEmpty();
        assertThat(plan.warnings()).noneMatch(warning -> warning.code() == GROUP_LEADS || warning.code() == ITEM_WITHOUT_LEAD_UNIT
                || warning.code() == DocumentWarning.Code.UNIT_NOT_FOUND);
    }

    @Test
    void every_form_of_a_leading_group_is_read_as_its_group() {
        assertThat(only("（一）落实属地责任。（责任单位：各乡镇）").leadGroup()).isEqualTo(GroupLead.TOWNSHIPS);
        assertThat(only("（一）落实属地责任。（责任单位：各乡镇人民政府）").leadGroup()).isEqualTo(GroupLead.TOWNSHIPS);
        assertThat(only("（一）落实属地责任。（责任单位：各街道办事处）").leadGroup()).isEqualTo(GroupLead.STREETS);
        assertThat(only("（一）落实属地责任。（责任单位：各乡镇（街道））").leadGroup()).isEqualTo(GroupLead.TOWNSHIPS_AND_STREETS);
        assertThat(only("（一）落实属地责任。（责任单位：各镇、街道）").leadGroup()).isEqualTo(GroupLead.TOWNSHIPS_AND_STREETS);
        assertThat(only("（一）落实部门责任。（责任单位：区直各部门）").leadGroup()).isEqualTo(GroupLead.DEPARTMENTS);
        assertThat(only("（一）落实部门责任。（责任单位：各部门）").leadGroup()).isEqualTo(GroupLead.DEPARTMENTS);
        assertThat(only("（一）建立工作机制。（责任单位：领导小组各成员单位）").leadGroup()).isEqualTo(GroupLead.MEMBER_UNITS);
        assertThat(only("（一）建立工作机制。（各成员单位负责）").leadGroup()).isEqualTo(GroupLead.MEMBER_UNITS);
    }

    @Test
    void a_leading_group_keeps_its_named_cooperating_units_and_a_named_lead_unit_leads_before_a_group() {
        ProposedItem grouped = only("（一）推进质量强镇建设。（牵头单位：各乡镇；配合单位：区市场监管局）");
        assertThat(grouped.leadGroup()).isEqualTo(GroupLead.TOWNSHIPS);
        assertThat(grouped.coopUnits()).containsExactly(MARKET);

        ProposedItem named = only("（一）推进质量强镇建设。（牵头单位：区市场监管局、各乡镇）");
        assertThat(named.leadGroup()).isNull();
        assertThat(named.leadUnit()).isEqualTo(MARKET);
        assertThat(named.coopUnits()).extracting(ProposedUnit::code).containsExactlyElementsOf(Seeds.codesOf("TOWNSHIP"));
    }

    @Test
    void groups_that_lead_together_but_form_no_group_stand_as_the_unmatched_lead_and_the_drafter_is_told() {
        ImportedDocument plan = importBody("（一）落实属地责任。（责任单位：各部门、各乡镇）");

        ProposedItem item = plan.items().get(0);
        assertThat(item.leadGroup()).isNull();
        assertThat(item.leadUnit()).isEqualTo(ProposedUnit.unmatched("各部门"));
        assertThat(item.coopUnits()).extracting(ProposedUnit::code)
                .containsExactlyInAnyOrderElementsOf(Seeds.codesOf("DEPARTMENT", "TOWNSHIP"));
        assertThat(plan.warnings()).contains(DocumentWarning.of(GROUP_LEADS, 1, "各部门"))
                .noneMatch(warning -> warning.code() == ITEM_WITHOUT_LEAD_UNIT || warning.code() == DocumentWarning.Code.UNIT_NOT_FOUND);
    }

    @Test
    void member_units_written_as_a_group_become_every_township_street_office_and_department() {
        ProposedItem item = only("（一）建立全民共治机制。（牵头单位：区市场监管局；配合单位：区质量发展委员会各成员单位）");

        List<String> members = new ArrayList<>(Seeds.codesOf("TOWNSHIP", "STREET", "DEPARTMENT"));
        members.remove("scjgj");
        assertThat(item.coopUnits()).extracting(ProposedUnit::code).containsExactlyInAnyOrderElementsOf(members);
    }

    // --- helpers ---

    private ImportedDocument importBody(String body) {
        return importer.read("方案.txt", ("质量提升工作实施方案\n一、主要任务\n" + body).getBytes(StandardCharsets.UTF_8));
    }

    private ProposedItem only(String body) {
        List<ProposedItem> items = importBody(body).items();
        assertThat(items).as("items of %s", body).hasSize(1);
        return items.get(0);
    }

    private static ProposedItem item(String indicator, ProposedUnit lead, ProposedUnit... coops) {
        return new ProposedItem(1, "主要任务", indicator, null, null, lead, List.of(coops), null);
    }
}
