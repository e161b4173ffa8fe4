package org.clearchain.stats;

import io.micronaut.serde.annotation.Serdeable;

/** What was done to a public table, said in English and French, so that no reader takes a number for exact. */
@Serdeable
public record DisclosureControl(String method, int threshold, int roundingBase, int maxDifference, String periods,
                                String note, String noteFr) {

    static final DisclosureControl CELL_KEY = new DisclosureControl("cell-key random rounding", CellKeys.THRESHOLD,
            CellKeys.BASE, CellKeys.MAX_DIFFERENCE, "whole quarters",
            "Counts are rounded to a multiple of 5 by the cell-key method: a published count may differ from the true"
                    + " count by up to 4, the same cell always shows the same value, and counts under 5 are shown as"
                    + " fewer than 5, with no number. Totals are rounded separately and need not equal the sum of their"
                    + " parts. Periods are whole quarters.",
            "Les effectifs sont arrondis à un multiple de 5 par la méthode de la clé de cellule : un effectif publié peut"
                    + " s'écarter de l'effectif réel de 4 au plus, une même cellule affiche toujours la même valeur, et"
                    + " les effectifs inférieurs à 5 sont indiqués « moins de 5 », sans nombre. Les totaux sont arrondis"
                    + " séparément et peuvent différer de la somme de leurs parties. Les périodes sont des trimestres"
                    + " entiers.");
}
