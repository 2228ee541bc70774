package org.planflow.liaison.api;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.planflow.liaison.Liaison;
import org.planflow.liaison.LiaisonInput;
import org.planflow.liaison.LiaisonService;
import org.planflow.shared.PageOf;
import org.planflow.shared.PageRequest;
import org.planflow.shared.web.Downloads;
import org.planflow.shared.web.FileDownloaded;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Liaison officers", description = "联络员: member units' liaison officers per plan or for all plans, the member roster")
class LiaisonController {

    private final LiaisonService liaisons;
    private final Downloads downloads;

    LiaisonController(LiaisonService liaisons, Downloads downloads) {
        this.liaisons = liaisons;
        this.downloads = downloads;
    }

    @GetMapping("/api/plans/{id}/liaisons")
    @Operation(summary = "The plan's member roster (成员单位通讯录): each member unit (the units it was delivered to) with its "
            + "liaison officers [{unit {code,name}, username, name, phone, scope PLAN|UNIT}], the plan's own naming where "
            + "there is one, else the unit's own for all plans; a unit that named nobody has a line with its unit alone. "
            + "Paged ({items, page, size, total}); every reader of the plan; 404 for anyone else")
    PageOf<Liaison> roster(@PathVariable long id, PageRequest page) {
        return liaisons.roster(id, page);
    }

    @PutMapping("/api/plans/{id}/liaisons")
    @Operation(summary = "Names liaison officers for this plan: [{unit {code}, username, phone}]; each unit listed gets "
            + "exactly the people listed for it, in order (the first gets the unit's acknowledgements and notices first), "
            + "overriding its own naming; units not listed stay as they are. The unit's head, the plan's office or ADMIN "
            + "(403 NOT_ALLOWED otherwise); 400 with field liaisons[i].unit|username|phone and a code: UNIT_NOT_MEMBER, "
            + "USER_UNKNOWN, USER_NOT_OF_UNIT, PHONE_MALFORMED, REQUIRED, NAMED_TWICE, TOO_MANY. Answers the units' new lines")
    List<Liaison> name(@PathVariable long id, @RequestBody List<LiaisonInput> body) {
        return liaisons.namePlanLiaisons(id, body);
    }

    @DeleteMapping("/api/plans/{id}/liaisons/{unit}")
    @Operation(summary = "Ends the plan's own naming for the unit: its own liaisons for all plans apply again; who may "
            + "name them may. Answers the unit's lines")
    List<Liaison> clear(@PathVariable long id, @PathVariable String unit) {
        return liaisons.clearPlanLiaisons(id, unit);
    }

    @GetMapping("/api/plans/{id}/liaisons.xlsx")
    @Operation(summary = "The member roster as an .xlsx workbook (成员单位通讯录: 序号, 成员单位, 联络员, 联系电话, 备注); "
            + "every reader of the plan; 404 for anyone else")
    ResponseEntity<byte[]> rosterWorkbook(@PathVariable long id) {
        return downloads.file(FileDownloaded.ofPlan(id, "liaisons", "成员单位通讯录.xlsx"), Downloads.XLSX,
                liaisons.rosterWorkbook(id));
    }

    @GetMapping("/api/units/{code}/liaisons")
    @Operation(summary = "The unit's own liaison officers for all its plans [{unit, username, name, phone, scope UNIT}] "
            + "(a unit names at most five); every signed-in user; 404 for an unknown unit")
    List<Liaison> unitLiaisons(@PathVariable String code) {
        return liaisons.unitLiaisons(code);
    }

    @PutMapping("/api/units/{code}/liaisons")
    @Operation(summary = "Names the unit's own liaison officers for all its plans: [{username, phone}] in order, replacing "
            + "the former ones ([] names none); a plan's own naming overrides them for that plan. The unit's head or "
            + "ADMIN (403 NOT_ALLOWED otherwise); 400 as for a plan's naming")
    List<Liaison> nameUnitLiaisons(@PathVariable String code, @RequestBody List<LiaisonInput> body) {
        return liaisons.nameUnitLiaisons(code, body);
    }
}
