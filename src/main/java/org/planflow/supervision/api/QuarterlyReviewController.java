package org.planflow.supervision.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.circulation.BulletinReadings;
import org.planflow.circulation.BulletinService;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.NotFoundException;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.planflow.supervision.AdHocItem;
import org.planflow.supervision.JointMeeting;
import org.planflow.supervision.MeetingRecord;
import org.planflow.supervision.QuarterlyReview;
import org.planflow.supervision.QuarterlyReviewService;
import org.planflow.supervision.SupervisedItem;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Quarterly review", description = "The quarterly status report (季度通报) of a plan and its joint meeting (联席会议)")
class QuarterlyReviewController {

    private final QuarterlyReviewService reviews;
    private final BulletinService bulletins;
    private final Downloads downloads;

    QuarterlyReviewController(QuarterlyReviewService reviews, BulletinService bulletins, Downloads downloads) {
        this.reviews = reviews;
        this.bulletins = bulletins;
        this.downloads = downloads;
    }

    @PostMapping("/api/plans/{id}/quarterly-reviews")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "SUPERVISOR starts the plan's review of a quarter on demand: {\"period\":\"2027-Q1\"}; the draft report "
            + "is compiled at once and a QUARTERLY_REPORT task waits; 409 when the quarter's review exists")
    ReviewView start(@PathVariable long id, @RequestBody StartRequest request) {
        return view(reviews.start(id, request.period()));
    }

    @GetMapping("/api/plans/{id}/quarterly-reviews")
    @Operation(summary = "The plan's reviews, newest quarter first, paged with their total (SUPERVISOR, LEADER)")
    PageOf<QuarterlyReview> ofPlan(@PathVariable long id, PageRequest page) {
        return reviews.search(id, page);
    }

    @GetMapping("/api/quarterly-reviews")
    @Operation(summary = "Every review, newest quarter first, optionally of one plan; paged with their total (SUPERVISOR, LEADER)")
    PageOf<QuarterlyReview> search(@RequestParam(required = false) Long plan, PageRequest page) {
        return reviews.search(plan, page);
    }

    @GetMapping("/api/quarterly-reviews/{id}")
    @Operation(summary = "A review: its report, status, returns, the joint meeting and, once circulated, the bulletin with "
            + "every member unit's read receipt")
    ReviewView get(@PathVariable long id) {
        return view(reviews.get(id));
    }

    @PutMapping("/api/quarterly-reviews/{id}/meeting")
    @Operation(summary = "SUPERVISOR records the quarter's joint meeting: {date, attendees: [unit codes], decisions: [text]}")
    JointMeeting meeting(@PathVariable long id, @RequestBody MeetingRecord record) {
        return reviews.recordMeeting(id, record);
    }

    @PostMapping("/api/quarterly-reviews/{id}/meeting/decisions/{position}/item")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "SUPERVISOR makes a meeting decision an ad-hoc supervised item of the plan (立项): {leadUnit, coopUnits, "
            + "dueDate, cadence, title (default: the decision's text)}; 409 when it is an item already")
    SupervisedItem decisionItem(@PathVariable long id, @PathVariable int position, @RequestBody AdHocItem request) {
        return reviews.makeItem(id, position, request);
    }

    @GetMapping("/api/quarterly-reviews/{id}/bulletin.docx")
    @Operation(summary = "The circulated 通报 as .docx in the red-header style; 404 before it is circulated")
    ResponseEntity<byte[]> bulletin(@PathVariable long id) {
        QuarterlyReview review = reviews.get(id);
        if (review.bulletinId() == null) {
            throw new NotFoundException("The review of " + review.period() + " has not been circulated yet");
        }
        byte[] document = bulletins.docx(review.bulletinId());
        return downloads.file(new FileDownloaded("review:" + id, review.planId(), null, review.docNumber() + ".docx"),
                Downloads.DOCX, document);
    }

    private ReviewView view(QuarterlyReview review) {
        return new ReviewView(review, reviews.meeting(review.id()).orElse(null),
                review.bulletinId() == null ? null : bulletins.readings(review.bulletinId()));
    }

    record StartRequest(String period) {
    }

    record ReviewView(QuarterlyReview review, JointMeeting meeting, BulletinReadings bulletin) {
    }
}
