package org.planflow.assessment.api;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;

import org.planflow.assessment.Assessment;
import org.planflow.assessment.AssessmentEvidence;
import org.planflow.assessment.AssessmentEvidenceService;
import org.planflow.assessment.AssessmentFields;
import org.planflow.assessment.AssessmentResult;
import org.planflow.assessment.AssessmentResultService;
import org.planflow.assessment.AssessmentService;
import org.planflow.assessment.AssessmentSheet;
import org.planflow.assessment.AssessmentStatus;
import org.planflow.assessment.IndicatorTable;
import org.planflow.assessment.AssessmentMethodService;
import org.planflow.assessment.MethodColumn;
import org.planflow.assessment.MethodIndicator;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.planflow.supervision.SupervisionRecords;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Annual assessment", description = "Indicators, self-assessment with evidence, office scoring, results (年度考核)")
class AssessmentController {

    private final AssessmentService assessments;
    private final AssessmentResultService results;
    private final AssessmentEvidenceService evidence;
    private final Downloads downloads;
    private final AssessmentMethodService methods;

    AssessmentController(AssessmentService assessments, AssessmentResultService results, AssessmentEvidenceService evidence,
                         Downloads downloads, AssessmentMethodService methods) {
        this.methods = methods;
        this.assessments = assessments;
        this.results = results;
        this.evidence = evidence;
        this.downloads = downloads;
    }

    @GetMapping("/api/plans/{id}/indicators")
    @Operation(summary = "The plan's indicators with their criteria and responsible units, totals per category, and the base and "
            + "bonus totals beside the stated ones: its assessment method's (考核办法, byMethod true) where it has one, else its "
            + "breakdown table's scored rows (stated 100 and 5)")
    IndicatorTable indicators(@PathVariable long id) {
        return results.indicators(id);
    }

    @PutMapping("/api/plans/{id}/indicators")
    @Operation(summary = "The plan's office sets its assessment method (考核办法): [{\"category\",\"name\",\"points\",\"scoringMethod\","
            + "\"responsibleUnits\":[codes],\"bonus\"}], the non-bonus points adding up to ?total= (满分, default 100); "
            + "400 at the first bad field, METHOD_TOTAL_MISMATCH with both figures")
    IndicatorTable setMethod(@PathVariable long id, @RequestBody List<MethodIndicator> indicators,
                             @RequestParam(name = MethodColumn.TOTAL, required = false) BigDecimal total) {
        methods.set(id, indicators, total);
        return results.indicators(id);
    }

    @DeleteMapping("/api/plans/{id}/indicators")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "The plan's office removes its assessment method (考核办法): the plan is assessed by its breakdown table's "
            + "scored rows again; 404 when it has none, 409 METHOD_IN_USE once an assessment of the plan was opened on it")
    void removeMethod(@PathVariable long id) {
        methods.remove(id);
    }

    @PostMapping("/api/plans/{id}/indicators.xlsx")
    @Operation(summary = "The same as a workbook (multipart field 'file', columns 类别 指标 分值 评分方法 责任单位 加分项): any bad row "
            + "refuses the whole file with every bad cell listed in 'errors'")
    IndicatorTable uploadMethod(@PathVariable long id, @RequestParam(AssessmentFields.FILE) MultipartFile file,
                                @RequestParam(name = MethodColumn.TOTAL, required = false) BigDecimal total) throws IOException {
        methods.upload(id, file.getBytes(), total);
        return results.indicators(id);
    }

    @GetMapping("/api/plans/{id}/indicators.xlsx")
    @Operation(summary = "The plan's assessment method as a workbook to edit and upload again; the empty template where it has none")
    ResponseEntity<byte[]> methodWorkbook(@PathVariable long id) {
        return downloads.file(FileDownloaded.ofPlan(id, "assessment-method", "考核办法.xlsx"), Downloads.XLSX,
                methods.workbook(id));
    }

    @PostMapping("/api/plans/{id}/assessments")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "SUPERVISOR opens the plan's assessment of a year: {\"year\":2026,\"deadlineWorkingDays\":10}; every "
            + "responsible unit gets a SELF_ASSESS task due then; 409 when the plan is not issued or the year's assessment exists")
    Assessment open(@PathVariable long id, @RequestBody OpenRequest request) {
        return assessments.open(id, request.year(), request.deadlineWorkingDays());
    }

    @GetMapping("/api/plans/{id}/assessments")
    @Operation(summary = "The plan's assessments the caller may see, newest year first, paged with their total")
    PageOf<Assessment> ofPlan(@PathVariable long id, PageRequest page) {
        return results.search(id, page);
    }

    @GetMapping("/api/assessments")
    @Operation(summary = "Every assessment the caller may see, newest year first, optionally of one plan; paged with their total")
    PageOf<Assessment> search(@RequestParam(required = false) Long plan, PageRequest page) {
        return results.search(plan, page);
    }

    @GetMapping("/api/plans/{id}/assessments/{year}")
    @Operation(summary = "The year's results: the district per category, base out of 100 and bonus out of 5, the points lost "
            + "and why, and the units ranked by their rate (得分率) with their on-time report rate. A unit sees its own line, "
            + "and the district's totals once published")
    ResultView result(@PathVariable long id, @PathVariable int year) {
        return ResultView.of(results.result(id, year));
    }

    @GetMapping("/api/assessments/{id}")
    @Operation(summary = "The assessment with the indicators the caller may see: criteria, self-scores, the office's scores and "
            + "reasons, evidence; and each responsible unit's submission (PENDING, SUBMITTED, LAPSED)")
    AssessmentSheet sheet(@PathVariable long id) {
        return results.sheet(id);
    }

    @PostMapping("/api/assessments/{id}/indicators/{seq}/evidence")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A responsible unit adds an evidence file (佐证材料, multipart field 'file') to an indicator while it "
            + "self-assesses")
    AssessmentEvidence addFile(@PathVariable long id, @PathVariable int seq, @RequestParam(AssessmentFields.FILE) MultipartFile file)
            throws IOException {
        return evidence.addFile(id, seq, file.getOriginalFilename(), file.getContentType(), file.getBytes());
    }

    @GetMapping("/api/assessments/{id}/indicators/{seq}/reports")
    @Operation(summary = "The year's submitted progress reports of the indicator's supervised item, which may be linked as evidence: "
            + "for the indicator's responsible units and the oversight; 400 NOT_RESPONSIBLE for another unit")
    PageOf<SupervisionRecords.ReportLink> linkableReports(@PathVariable long id, @PathVariable int seq, PageRequest page) {
        return evidence.linkableReports(id, seq, page);
    }

    @PostMapping("/api/assessments/{id}/indicators/{seq}/evidence/reports")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "A responsible unit links one of the year's progress reports as evidence: {\"reportId\":12}")
    AssessmentEvidence linkReport(@PathVariable long id, @PathVariable int seq, @RequestBody LinkRequest request) {
        return evidence.linkReport(id, seq, request.reportId());
    }

    @DeleteMapping("/api/assessments/{id}/evidence/{evidenceId}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "A unit removes its own evidence before it submits")
    void remove(@PathVariable long id, @PathVariable long evidenceId) {
        evidence.remove(id, evidenceId);
    }

    @GetMapping("/api/assessments/{id}/evidence/{evidenceId}")
    @Operation(summary = "Download an evidence file")
    ResponseEntity<byte[]> file(@PathVariable long id, @PathVariable long evidenceId) {
        AssessmentEvidenceService.File found = evidence.file(id, evidenceId);
        return file(results.get(id), "evidence:" + evidenceId, found.evidence().fileName(), found.evidence().contentType(),
                found.content());
    }

    @GetMapping("/api/assessments/{id}/self-evaluation.docx")
    @Operation(summary = "The self-evaluation report (自评报告), red-headed .docx with the filled scoring table attached (SUPERVISOR, LEADER)")
    ResponseEntity<byte[]> selfEvaluation(@PathVariable long id) {
        Assessment assessment = results.get(id);
        byte[] report = results.selfEvaluationReport(id);
        return file(assessment, "self-evaluation", assessment.year() + "年度自评报告.docx", Downloads.DOCX, report);
    }

    @GetMapping("/api/assessments/{id}/scoring-table.xlsx")
    @Operation(summary = "The filled scoring table: self-score, office score and reason per indicator, totals (SUPERVISOR, LEADER)")
    ResponseEntity<byte[]> scoringTable(@PathVariable long id) {
        Assessment assessment = results.get(id);
        byte[] table = results.scoringTable(id);
        return file(assessment, "scoring-table", assessment.year() + "年度考核评分表.xlsx", Downloads.XLSX, table);
    }

    private ResponseEntity<byte[]> file(Assessment assessment, String what, String fileName, String contentType, byte[] content) {
        return downloads.file(new FileDownloaded("assessment:" + assessment.id() + "/" + what, assessment.planId(), null, fileName),
                contentType, content);
    }

    record OpenRequest(Integer year, Integer deadlineWorkingDays) {
    }

    record LinkRequest(Long reportId) {
    }

    /** DESIGN.md's shape of the results, with the assessment's id, bulletin number and the points lost. */
    record ResultView(long id, int year, AssessmentStatus status, String docNumber, AssessmentResult.District district,
                      List<AssessmentResult.LostPoints> lost, List<AssessmentResult.UnitResult> units) {

        static ResultView of(AssessmentResult result) {
            Assessment assessment = result.assessment();
            return new ResultView(assessment.id(), assessment.year(), assessment.status(), assessment.docNumber(), result.district(),
                    result.lost(), result.units());
        }
    }
}
