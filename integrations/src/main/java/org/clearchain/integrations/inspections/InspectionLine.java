package org.clearchain.integrations.inspections;

/**
 * One inspection line that passed the inspection schema ({@code schemas/json/inspection/v1.schema.json}): its key
 * in the exporting system, and the line's JSON, which the application reads into its own record of that schema —
 * the one its export writes — so the shape is defined once, by the schema.
 */
public record InspectionLine(String system, String inspectionId, String json) { }
