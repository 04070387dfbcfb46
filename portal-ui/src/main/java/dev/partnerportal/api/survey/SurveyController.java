package dev.partnerportal.api.survey;

import dev.partnerportal.api.survey.SurveyApiDtos.AnswersRequest;
import dev.partnerportal.api.survey.SurveyApiDtos.FormView;
import dev.partnerportal.api.survey.SurveyApiDtos.OpenSurveyView;
import dev.partnerportal.api.survey.SurveyApiDtos.ResultsView;
import dev.partnerportal.survey.SurveyCollection;
import dev.partnerportal.survey.SurveyNotFoundException;
import dev.partnerportal.survey.SurveyResults;
import dev.partnerportal.survey.WaveId;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Surveys over the API. Partners list and answer the open waves of their organization and read their own
 * answers (any other wave answers 404); administrators and channel managers read results and export CSV.
 */
@RestController
@Tag(name = "Surveys")
@SecurityRequirement(name = "bearer")
class SurveyController {

    private final SurveyCollection collection;
    private final SurveyResults results;

    SurveyController(SurveyCollection collection, SurveyResults results) {
        this.collection = collection;
        this.results = results;
    }

    @GetMapping("/api/surveys/open")
    @Operation(summary = "Open waves the caller's organization is asked to answer (partners); titles in the caller's language")
    List<OpenSurveyView> open() {
        return collection.openForMe().stream().map(OpenSurveyView::of).toList();
    }

    @GetMapping("/api/surveys/waves/{id}")
    @Operation(summary = "The caller's form for a wave: questions and their own answers (partners). Texts are in "
            + "lang when given, else in the caller's stored language, else in English; each missing text falls back to English")
    FormView form(@PathVariable long id, @RequestParam(required = false) @Nullable String lang) {
        var form = collection.form(new WaveId(id)).orElseThrow(SurveyNotFoundException::new);
        return FormView.of(form, lang == null || lang.isBlank() ? form.locale(Locale.ENGLISH) : Locale.forLanguageTag(lang));
    }

    @PutMapping("/api/surveys/waves/{id}/draft")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Save the caller's answers as a draft to finish later (partners)")
    void saveDraft(@PathVariable long id, @Valid @RequestBody AnswersRequest request) {
        collection.saveDraft(new WaveId(id), request.toMap());
    }

    @PostMapping("/api/surveys/waves/{id}/response")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Submit the caller's response; it is final (partners)")
    void submit(@PathVariable long id, @Valid @RequestBody AnswersRequest request) {
        collection.submit(new WaveId(id), request.toMap());
    }

    @GetMapping("/api/surveys/waves/{id}/results")
    @Operation(summary = "NPS, distribution and breakdowns of a wave (administrators and channel managers)")
    ResultsView results(@PathVariable long id) {
        return ResultsView.of(results.results(new WaveId(id), Locale.ENGLISH).orElseThrow(SurveyNotFoundException::new));
    }

    @GetMapping(value = "/api/surveys/waves/{id}/export.csv", produces = "text/csv")
    @Operation(summary = "The wave's responses as CSV, formulas neutralized (administrators and channel managers)")
    ResponseEntity<String> export(@PathVariable long id) {
        var csv = new StringWriter();
        results.exportCsv(new WaveId(id), csv);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"survey-wave-" + id + ".csv\"")
                .body(csv.toString());
    }
}
