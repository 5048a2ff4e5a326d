package cn.autogov.coc.application;

import cn.autogov.coc.domain.ApprovedCertificate;
import cn.autogov.coc.domain.BatchChangeForm;
import cn.autogov.coc.domain.BatchExclusion;
import cn.autogov.coc.domain.CertificateRow;
import cn.autogov.coc.domain.ListMatch;
import cn.autogov.document.pdf.PdfText;
import cn.autogov.filing.application.Approval;
import cn.autogov.filing.application.FilingNote;
import cn.autogov.kernel.BusinessTime;
import cn.autogov.kernel.RefusedException;
import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * 合格证电子信息批量变更 in the caller's transaction: the notes for its readers (what the written
 * application's text lists against the list; what the reviewers left out), the approved list kept
 * on approval (the list less the exclusions), and its reading.
 */
@Dependent
public class BatchChanges {

  /** The numbers a note names before it says "等" (and how many). */
  static final int NAMED = 20;

  @PersistenceContext EntityManager em;

  public List<BatchExclusion> exclusions(Long filingId) {
    return em.createNamedQuery("BatchExclusion.ofFiling", BatchExclusion.class)
        .setParameter("filingId", filingId)
        .getResultList();
  }

  public List<ApprovedCertificate> approvedList(Long filingId) {
    return em.createNamedQuery("ApprovedCertificate.ofFiling", ApprovedCertificate.class)
        .setParameter("filingId", filingId)
        .getResultList();
  }

  /**
   * @param uploaded whether the written application is uploaded
   * @param text its text (blank: a scan; null: unreadable)
   */
  List<FilingNote> notes(BatchChangeForm form, boolean uploaded, String text) {
    List<FilingNote> notes = new ArrayList<>();
    List<String> numbers =
        form.certificates().stream()
            .map(CertificateRow::certificateNumber)
            .filter(n -> n != null)
            .toList();
    if (uploaded && !numbers.isEmpty()) {
      if (text == null) {
        notes.add(FilingNote.of(true, "coc.batch-pdf-unreadable", Map.of()));
      } else if (text.isBlank()) {
        notes.add(FilingNote.of(true, "coc.batch-pdf-no-text", Map.of()));
      } else {
        String code = numbers.get(0).length() >= 4 ? numbers.get(0).substring(0, 4) : null;
        ListMatch m = ListMatch.of(PdfText.compact(text), numbers, code);
        if (m.missing().isEmpty()) {
          notes.add(FilingNote.of(false, "coc.batch-pdf-all", Map.of("count", m.listed())));
        } else {
          notes.add(
              FilingNote.of(
                  true,
                  "coc.batch-pdf-missing",
                  Map.of(
                      "count", m.missing().size(),
                      "listed", m.listed(),
                      "numbers", named(m.missing()))));
        }
        if (!m.extra().isEmpty()) {
          notes.add(
              FilingNote.of(
                  true,
                  "coc.batch-pdf-extra",
                  Map.of("count", m.extra().size(), "numbers", named(m.extra()))));
        }
      }
    }
    for (BatchExclusion x : exclusions(form.getFilingId())) {
      notes.add(
          FilingNote.of(
              false,
              "coc.batch-excluded",
              Map.of("number", x.getCertificateNumber(), "reason", x.getReason())));
    }
    return notes;
  }

  /** The numbers, the first {@link #NAMED} of them and "等" when more. */
  private static String named(List<String> numbers) {
    String first = String.join("、", numbers.subList(0, Math.min(NAMED, numbers.size())));
    return numbers.size() > NAMED ? first + "…" : first;
  }

  /**
   * The list less the exclusions becomes the approved list; leaving out every entry is a rejection.
   */
  void approved(Approval approval, BatchChangeForm form) {
    Set<String> excluded =
        exclusions(form.getFilingId()).stream()
            .map(BatchExclusion::getCertificateNumber)
            .collect(Collectors.toSet());
    List<CertificateRow> kept =
        form.certificates().stream()
            .filter(r -> !excluded.contains(r.certificateNumber()))
            .toList();
    if (kept.isEmpty()) {
      throw new RefusedException("coc.batch-all-excluded");
    }
    LocalDateTime now = BusinessTime.now();
    for (CertificateRow r : kept) {
      em.persist(
          ApprovedCertificate.of(
              approval.filing().getId(),
              approval.filing().getNumber(),
              approval.applicant().id(),
              r,
              form.changeKind(),
              now));
    }
  }
}
