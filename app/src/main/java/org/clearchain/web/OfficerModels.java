package org.clearchain.web;

import io.micronaut.core.annotation.Nullable;
import org.clearchain.agency.Agency;
import org.clearchain.complaint.Complaint;
import org.clearchain.complaint.ComplaintAction;
import org.clearchain.complaint.ComplaintStatus;
import org.clearchain.feed.ImportJobView;
import org.clearchain.licence.LicenceOverview;
import org.clearchain.licence.LicenceView;
import org.clearchain.scoring.AgencyRiskAssessment;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the licensing officer's pages are drawn with. */
public final class OfficerModels {

    private OfficerModels() {
    }

    /** The colour of a status's tag: green is in force, yellow waits, orange is paused, red is ended by a decision. */
    public static String tag(Enum<?> status) {
        return switch (status.name()) {
            case "ACTIVE", "SUCCEEDED", "SUBSTANTIATED" -> "govuk-tag--green";
            case "PENDING", "RECEIVED", "QUEUED", "RUNNING" -> "govuk-tag--yellow";
            case "SUSPENDED", "INVESTIGATING", "DUPLICATE" -> "govuk-tag--orange";
            case "REVOKED", "REJECTED", "FAILED" -> "govuk-tag--red";
            default -> "govuk-tag--grey";
        };
    }

    public record Dashboard(long waiting, List<Expiring> expiring, List<StatusCount> complaints,
                            List<ImportJobView> feedRuns) {
    }

    public record Expiring(int days, long count) {
    }

    public record StatusCount(ComplaintStatus status, long count) {
    }

    /** One page of a list: where it stands, and the addresses of the pages before and after it. */
    public record Paging(int page, int totalPages, long totalItems, String path, String query) {

        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < totalPages;
        }

        public String href(int target) {
            return path + "?" + query + (query.isEmpty() ? "" : "&") + "page=" + target;
        }

        static String param(String name, @Nullable String value) {
            return value == null || value.isBlank() ? "" : name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
        }
    }

    public record AgencyRow(Agency agency, List<LicenceView> licences) {
    }

    public record AgencyPage(Agency agency, List<LicenceView> licences, List<LicenceOverview.Move> moves,
                             List<Complaint> complaints, AgencyRiskAssessment risk) {
    }

    /** A complaint in the queue with what it is against and the moves open to it now. */
    public record ComplaintRow(Complaint complaint, @Nullable String agencyName, List<ComplaintAction> moves) {

        public String actionOf(ComplaintAction move) {
            return move.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
