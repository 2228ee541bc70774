package org.planflow.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;

import org.junit.jupiter.api.Test;
import org.planflow.shared.Target;
import org.planflow.shared.Target.Direction;

class TargetsFromTextTest {

    @Test
    void a_rate_that_must_reach_a_value_or_more_is_a_target_at_least_that_value() {
        assertThat(TargetsFromText.read("企业产品抽检合格率达95%以上"))
                .containsExactly(target("企业产品抽检合格率", "%", Direction.GE, "95", null, null));
        assertThat(TargetsFromText.read("企业产品标准覆盖率达到98%以上"))
                .containsExactly(target("企业产品标准覆盖率", "%", Direction.GE, "98", null, null));
        assertThat(TargetsFromText.read("年度部门联合抽查任务占比不低于25%（1分）"))
                .containsExactly(target("年度部门联合抽查任务占比", "%", Direction.GE, "25", null, null));
    }

    @Test
    void a_value_to_stay_within_is_a_target_at_most_that_value() {
        assertThat(TargetsFromText.read("林业有害生物成灾率控制在5.5‰以内"))
                .containsExactly(target("林业有害生物成灾率", "‰", Direction.LE, "5.5", null, null));
        assertThat(TargetsFromText.read("工程质量投诉率3%以下"))
                .containsExactly(target("工程质量投诉率", "%", Direction.LE, "3", null, null));
    }

    @Test
    void a_rise_from_a_baseline_keeps_the_baseline() {
        assertThat(TargetsFromText.read("产品质量监督抽查合格率由90%提高到95%"))
                .containsExactly(target("产品质量监督抽查合格率", "%", Direction.GE, "95", "90", null));
        assertThat(TargetsFromText.read("万元产值质量损失率由2%下降到1.5%"))
                .containsExactly(target("万元产值质量损失率", "%", Direction.LE, "1.5", "2", null));
    }

    @Test
    void counts_of_things_gained_are_targets_in_their_unit() {
        assertThat(TargetsFromText.read("新增高新技术企业10家"))
                .containsExactly(target("新增高新技术企业", "家", Direction.GE, "10", null, null));
        assertThat(TargetsFromText.read("新增服务认证证书3张以上（1.5分）"))
                .containsExactly(target("新增服务认证证书", "张", Direction.GE, "3", null, null));
        assertThat(TargetsFromText.read("5家以上企业通过质量体系认证"))
                .containsExactly(target("企业通过质量体系认证", "家", Direction.GE, "5", null, null));
        assertThat(TargetsFromText.read("质量体系认证企业达10家"))
                .containsExactly(target("质量体系认证企业", "家", Direction.GE, "10", null, null));
    }

    @Test
    void a_dated_sentence_gives_its_targets_their_year() {
        assertThat(TargetsFromText.read("到2020年，工业产品质量监督抽查合格率达到90%以上，主要农林产品质量安全抽检合格率稳定在95%以上"))
                .containsExactly(target("工业产品质量监督抽查合格率", "%", Direction.GE, "90", null, 2020),
                        target("主要农林产品质量安全抽检合格率", "%", Direction.GE, "95", null, 2020));
    }

    @Test
    void several_rates_in_a_list_are_each_a_target() {
        assertThat(TargetsFromText.read("大中型工程项目一次验收合格率100%、政府质量监督覆盖率100%、其他工程一次验收合格率在98%以上"))
                .extracting(Target::name).containsExactly("大中型工程项目一次验收合格率", "政府质量监督覆盖率", "其他工程一次验收合格率");
    }

    @Test
    void points_words_and_levels_are_no_targets() {
        assertThat(TargetsFromText.read("每年至少召开一次质量发展委员会会议（1分）")).isEmpty();
        assertThat(TargetsFromText.read("产品质量抽查合格率达到全省平均水平，按ISO9000标准组织生产")).isEmpty();
        assertThat(TargetsFromText.read("主要农产品有80%按国家标准组织生产")).isEmpty();
    }

    private static Target target(String name, String unit, Direction direction, String value, String baseline, Integer year) {
        return new Target(name, unit, direction, new BigDecimal(value), baseline == null ? null : new BigDecimal(baseline), year);
    }
}
