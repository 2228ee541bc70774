package org.planflow.circulation.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.circulation.Bulletin;
import org.planflow.circulation.BulletinReading;
import org.planflow.circulation.BulletinReadings;
import org.planflow.circulation.BulletinService;
import org.planflow.circulation.CirculationFields;
import org.planflow.shared.FieldValueProblem;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Bulletins", description = "通报 circulated to units: 待阅 and 已阅, read receipts, the .docx")
class BulletinController {

    private final BulletinService bulletins;
    private final Downloads downloads;

    BulletinController(BulletinService bulletins, Downloads downloads) {
        this.bulletins = bulletins;
        this.downloads = downloads;
    }

    @GetMapping("/api/circulation/bulletins")
    @Operation(summary = "Bulletins circulated to the caller's unit: scope=to-read (待阅, the default) or read (已阅); a unit "
            + "marks one read by completing its READ_NOTICE task with {\"outcome\":\"read\"}")
    PageOf<BulletinReading> mine(@RequestParam(defaultValue = "to-read") String scope, PageRequest page) {
        boolean read = switch (scope) {
            case "to-read" -> false;
            case "read" -> true;
            default -> throw FieldValueProblem.notOneOf(CirculationFields.SCOPE, scope, "to-read, read");
        };
        return bulletins.ofMyUnit(read, page);
    }

    @GetMapping("/api/circulation/bulletins/{id}")
    @Operation(summary = "A bulletin with its read receipts: every unit's for those who track bulletins, the caller's unit's "
            + "otherwise; 404 for a unit it was not circulated to, as for a bulletin that does not exist")
    BulletinReadings get(@PathVariable long id) {
        return bulletins.readings(id);
    }

    @GetMapping("/api/circulation/bulletins/{id}/document.docx")
    @Operation(summary = "The bulletin as .docx in the red-header style of GB/T 9704")
    ResponseEntity<byte[]> document(@PathVariable long id) {
        byte[] document = bulletins.docx(id);
        Bulletin bulletin = bulletins.get(id);
        return downloads.file(new FileDownloaded("bulletin:" + id, bulletin.planId(), null, bulletin.docNumber() + ".docx"),
                Downloads.DOCX, document);
    }
}
