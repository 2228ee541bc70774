package org.planflow.shared.document;

import java.time.LocalDate;
import java.util.List;

/** An issuance notice as the district would send it, with the plan and its breakdown table attached. */
final class SampleDocuments {

    static final String MARK = "某某区人民政府办公室文件";
    static final String NUMBER = "区政办发〔2026〕3号";
    static final String TITLE = "关于印发某某区2026年度优化营商环境实施方案的通知";
    static final String INDICATOR = "企业开办全程网办率达到100%";
    static final String LEAD_UNIT = "区市场监管局";

    private SampleDocuments() {
    }

    static OfficialDocument issuanceNotice() {
        return new OfficialDocument(MARK, NUMBER, TITLE,
                "各乡镇人民政府、街道办事处，区政府各部门：",
                "《某某区2026年度优化营商环境实施方案》已经区政府同意，现印发给你们，请认真贯彻执行。\n"
                        + "各牵头单位要于每季度末前将工作进展情况报区政府办公室，年底前报送全年工作总结。",
                "某某区人民政府办公室",
                LocalDate.of(2026, 12, 1),
                "区委办公室，区人大常委会办公室，区政协办公室",
                "某某区人民政府办公室",
                LocalDate.of(2026, 12, 1),
                List.of(plan()));
    }

    private static Attachment plan() {
        return new Attachment("某某区2026年度优化营商环境实施方案", List.of(
                new Section(null, 0, null, "为持续优化营商环境，激发市场主体活力，结合我区实际，制定本方案。"),
                new Section("一、", 1, "总体要求", null),
                new Section("（一）", 2, "指导思想。", "坚持以人民为中心的发展思想，以市场主体需求为导向，深化“放管服”改革。"),
                new Section("（二）", 2, "工作目标", "到2026年底，营商环境主要指标进入全市前列。"),
                new Section("二、", 1, "重点任务", "围绕企业全生命周期，推进以下重点任务。"),
                new Section("1.", 3, "提升开办效率。", "推行企业开办“一网通办”，全程网上办理。"),
                new Section("2.", 3, "优化审批服务。", "压减工程建设项目审批时限，推行告知承诺制。\n建立重点项目审批服务专班。")),
                breakdown());
    }

    static Table breakdown() {
        return new Table(
                List.of("序号", "类别", "任务/指标", "分值", "评分方法", "牵头单位", "配合单位", "完成时限"),
                List.of(
                        List.of("1", "约束性指标", INDICATOR, "10",
                                "达到100%得满分，每低1个百分点扣1分，扣完为止", LEAD_UNIT, "区政务服务中心", "2026年6月底前"),
                        List.of("2", "重点任务", "工程建设项目审批时限压减至60个工作日以内", "15",
                                "按期完成得满分；逾期1个月扣5分", "区住房城乡建设局", "区自然资源局、区生态环境分局", "2026年9月底前"),
                        List.of("3", "重点任务", "建立涉企政策“免申即享”清单并动态更新", "5",
                                "清单发布得3分，按季度更新得2分", "区发展改革局", "区财政局", "2026年12月底前")));
    }
}
