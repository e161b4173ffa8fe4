package org.clearchain.risk;

import org.clearchain.scoring.AppliedFloor;
import org.clearchain.scoring.Contribution;
import org.clearchain.scoring.RiskAssessment;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An assessment's explanation in French, for the risk API ({@code ?lang=fr}) and the French PDFs. The engine writes its
 * explanation in English (it is stored so in every snapshot, old ones included); this reads each phrase the engine
 * writes by its shape and words it in French, codes (indicators, licence states, sources, sectors) included. A phrase of
 * a shape it does not know stays as written: {@link #knows} says which, and {@code ExplanationFrTest} holds every phrase
 * the engine writes to a French wording.
 */
public final class ExplanationFr {

    private record Rule(Pattern shape, Function<Matcher, String> french) { }

    private static final String IND = "([A-Z][A-Z_]+)";
    private static final String DATE = "(\\d{4}-\\d{2}-\\d{2})";
    private static final String NUM = "(-?[\\d.]+)";
    /** What a proxy edition's source said of the country, in parentheses: optional. */
    private static final String SAID = "(?: \\((.+?)\\))?";

    private static final Map<String, String> CODES = codes();

    private static final List<Rule> PHRASES = List.of(
            // inherent risk
            rule("country unknown: no country points", m -> "pays inconnu : aucun point pour le pays"),
            // a proxy edition says so, and what its source said of the country (an ILAB advancement level)
            rule("country risk of (\\w+)( by proxy)?" + SAID, m -> "risque pays : " + m.group(1) + byProxy(m.group(2))
                    + said(m.group(3))),
            rule("no figure for (\\w+)" + SAID + ": mean of region (.+?)( by proxy)? \\((\\d+) countries\\)",
                    m -> "aucune valeur pour " + m.group(1) + said(m.group(2)) + " : moyenne de la région " + m.group(3)
                            + byProxy(m.group(4)) + " (" + m.group(5) + " pays)"),
            rule("no figure for (\\w+)" + SAID + " nor for its region( .+)?: no country points", m -> "aucune valeur pour "
                    + m.group(1) + said(m.group(2)) + " ni pour sa région" + (m.group(3) == null ? "" : m.group(3))
                    + " : aucun point pour le pays"),
            rule("no sector given: tier 0", m -> "aucun secteur indiqué : niveau 0"),
            rule("ISIC code (\\S+) is unknown: 0 tier points", m -> "code CITI " + m.group(1) + " inconnu : 0 point de niveau"),
            rule("ISIC (\\S+) \\((.+?)\\)(: not counted, a higher or equal tier is counted)?", m -> "CITI " + m.group(1)
                    + " (" + code(m.group(2)) + ")" + (m.group(3) == null ? "" : " : non compté, un niveau supérieur ou égal est compté")),
            rule("(.+) from (\\w+) is not on the goods-risk list",
                    m -> "« " + m.group(1) + " » de " + m.group(2) + " : absent de la liste des biens à risque"),
            rule("(.+) from (\\w+) listed for (forced and child labour|forced labour|child labour only)"
                    + "(: not counted, a worse or equal entry is counted)?", m -> "« " + m.group(1) + " » de " + m.group(2)
                    + " listé pour " + code(m.group(3)) + (m.group(4) == null ? "" : " : non compté, une entrée pire ou égale est comptée")),
            // evidence
            rule("finding without an indicator: not scored", m -> "constat sans indicateur : non noté"),
            rule(IND + " with no date: not scored", m -> code(m.group(1)) + " sans date : non noté"),
            rule(IND + ": a labour-standards breach, shown but weighted 0 \\(evidence points go to the ILO forced-labour indicators\\)",
                    m -> code(m.group(1)) + " : manquement aux normes du travail, montré avec un poids 0 (les points de preuve vont"
                            + " aux indicateurs du travail forcé de l'OIT)"),
            rule(IND + " dropped: " + NUM + " months old, older than " + NUM,
                    m -> code(m.group(1)) + " écarté : vieux de " + m.group(2) + " mois, plus de " + m.group(3)),
            rule(IND + " already counted for this site and inspection", m -> code(m.group(1)) + " déjà compté pour ce site et cette inspection"),
            rule(IND + " \\((involuntariness|coercion)\\)", m -> code(m.group(1)) + " (" + code(m.group(2)) + ")"),
            // agencies
            rule("(.+): no licence record, treated as unlicensed(: not counted, A takes the riskiest agency only)?",
                    m -> m.group(1) + " : aucune licence enregistrée, traitée comme sans licence" + notCountedAgency(m.group(2))),
            // a revocation is remembered for a stated period, whatever the agency holds since
            rule("(.+): no licence record, treated as unlicensed, revoked on " + DATE + "(: not counted, A takes the riskiest agency only)?",
                    m -> m.group(1) + " : aucune licence enregistrée, traitée comme sans licence, révoquée le " + m.group(2)
                            + notCountedAgency(m.group(3))),
            rule("(.+): licence ([A-Z_]+), revoked on " + DATE + "(: not counted, A takes the riskiest agency only)?",
                    m -> m.group(1) + " : licence " + code(m.group(2)) + ", révoquée le " + m.group(3) + notCountedAgency(m.group(4))),
            rule("licence revoked on " + DATE + ": weighs as REVOKED for " + NUM + " months, whatever the agency holds or"
                    + " applies for since", m -> "licence révoquée le " + m.group(1) + " : pèse comme " + code("REVOKED")
                    + " pendant " + m.group(2) + " mois, quoi que l'agence détienne ou demande depuis"),
            rule("(.+): licence ([A-Z_]+)(: not counted, A takes the riskiest agency only)?",
                    m -> m.group(1) + " : licence " + code(m.group(2)) + notCountedAgency(m.group(3))),
            rule("no licence record: treated as unlicensed", m -> "aucune licence enregistrée : traitée comme sans licence"),
            rule("licence ([A-Z_]+)", m -> "licence " + code(m.group(1))),
            rule("substantiated recruitment-fee complaint", m -> "plainte fondée pour frais de recrutement"),
            rule("substantiated complaint: ([A-Z_]+)", m -> "plainte fondée : " + code(m.group(1))),
            rule(IND + ": not an ILO forced-labour indicator, weighted 0",
                    m -> code(m.group(1)) + " : pas un indicateur du travail forcé de l'OIT, poids 0"),
            rule(IND + ": older than " + NUM + " months, not counted", m -> code(m.group(1)) + " : plus de " + m.group(2) + " mois, non compté"),
            rule(IND + " already counted for this inspection", m -> code(m.group(1)) + " déjà compté pour cette inspection"),
            rule(IND + " where it placed workers", m -> code(m.group(1)) + " là où elle a placé des travailleurs"),
            // declaration
            rule("declaration requested and overdue", m -> "déclaration demandée et en retard"),
            rule("declaration requested, not yet due", m -> "déclaration demandée, pas encore due"),
            rule("no declaration on file and none requested", m -> "aucune déclaration au dossier ni demandée"),
            rule("no employer-pays policy declared", m -> "aucune politique « l'employeur paie » déclarée"),
            rule("recruiters used for migrant workers", m -> "recruteurs utilisés pour les travailleurs migrants"),
            rule("migrant workers above " + NUM + " % of the workforce", m -> "travailleurs migrants au-delà de " + m.group(1) + " % de l'effectif"),
            rule("seasonal or piece-rate work", m -> "travail saisonnier ou à la pièce"),
            rule("verified good practice: ([A-Z_]+)", m -> "bonne pratique vérifiée : " + code(m.group(1))),
            rule("good practice lowers D by " + NUM + " at most", m -> "les bonnes pratiques abaissent D de " + m.group(1) + " au plus"),
            rule("a declaration never lowers the score below (E \\+ A|I \\+ E \\+ A)",
                    m -> "une déclaration n'abaisse jamais le score sous " + m.group(1)),
            // caps, data, screening
            rule("capped at " + NUM, m -> "plafonné à " + m.group(1)),
            rule("not below " + NUM, m -> "pas moins de " + m.group(1)),
            rule("insufficient data: nothing is known of the supplier but its (country|name); the score says little until"
                    + " sectors, declarations, inspections or agencies are recorded", m -> "données insuffisantes : on ne connaît du"
                    + " fournisseur que son " + ("name".equals(m.group(1)) ? "nom" : "pays") + " ; le score dit peu de chose tant que"
                    + " secteurs, déclarations, inspections ou agences ne sont pas enregistrés"),
            rule("possible listing on (forced-labour|sanctions) list (.+), awaiting review: no points until confirmed",
                    m -> "inscription possible sur la liste " + ("sanctions".equals(m.group(1)) ? "de sanctions " : "de travail forcé ")
                            + m.group(2) + ", en attente d'examen : aucun point tant qu'elle n'est pas confirmée"),
            // floors, as contributions ("<reason>: at least <BAND>") and as reasons
            rule("(.+): at least ([A-Z]+)( \\(score already at or above " + NUM + "\\))?", m -> phrase(m.group(1))
                    + " : au moins " + code(m.group(2)) + (m.group(3) == null ? "" : " (score déjà à " + m.group(4) + " ou plus)")),
            rule("at site (\\S+): " + IND + " \\(" + DATE + ", (\\w+)\\) and " + IND + " \\(" + DATE + ", (\\w+)\\), not remediated",
                    m -> "au site " + m.group(1) + " : " + code(m.group(2)) + " (" + m.group(3) + ", " + code(m.group(4)) + ") et "
                            + code(m.group(5)) + " (" + m.group(6) + ", " + code(m.group(7)) + "), sans remédiation"),
            rule("confirmed match on forced-labour entity list (.+)",
                    m -> "correspondance confirmée sur la liste d'entités de travail forcé " + m.group(1)),
            rule("verified " + IND + " at site (\\S+) on " + DATE + " \\(within " + NUM + " months\\)", m -> code(m.group(1))
                    + " vérifié au site " + m.group(2) + " le " + m.group(3) + " (dans les " + m.group(4) + " mois)"),
            rule("workers placed by (.+), (no licence record \\(unlicensed\\)|[A-Z_]+), last placement (unknown \\(counts as current\\)|"
                    + DATE + ")", m -> "travailleurs placés par " + m.group(1) + ", " + (m.group(2).startsWith("no licence")
                    ? "aucune licence enregistrée (sans licence)" : code(m.group(2))) + ", dernier placement "
                    + (m.group(4) == null ? "inconnu (compte comme actuel)" : m.group(4))),
            rule("child referral from site (\\S+) on (an unknown date \\(counts as recent\\)|" + DATE + ")",
                    m -> "orientation d'un enfant depuis le site " + m.group(1) + " le "
                            + (m.group(3) == null ? "— date inconnue (compte comme récente)" : m.group(3))),
            // what a reader may not read
            rule("(.+) \\(source withheld\\)", m -> phrase(m.group(1)) + " (source non communiquée)"),
            rule("withheld", m -> "non communiqué"),
            rule("a finding of another inspectorate", m -> "un constat d'une autre inspection du travail"),
            rule("a finding of an inspection you may not read", m -> "un constat d'une inspection que vous ne pouvez pas consulter"),
            rule("a declaration made to another buyer", m -> "une déclaration faite à un autre acheteur"),
            rule("a declaration made to a buyer", m -> "une déclaration faite à un acheteur"),
            rule("a referral made by another inspectorate", m -> "une orientation faite par une autre inspection du travail"),
            rule("a referral made by an inspectorate", m -> "une orientation faite par une inspection du travail"),
            rule("a confirmed screening match you may not review", m -> "une correspondance confirmée que vous ne pouvez pas examiner"),
            rule("a possible listing on an entity list, awaiting review by those who may review it",
                    m -> "une inscription possible sur une liste d'entités, en attente d'examen par ceux qui peuvent l'examiner"),
            rule("a complaint handled by another licensing authority", m -> "une plainte traitée par une autre autorité de licence"),
            rule("a complaint handled by a licensing authority", m -> "une plainte traitée par une autorité de licence"),
            rule("a corrective action of an inspection you may not read",
                    m -> "une mesure corrective d'une inspection que vous ne pouvez pas consulter"),
            // sources
            rule("methodology", m -> "méthodologie"),
            rule("Clearchain methodology (\\S+)", m -> "méthodologie Clearchain " + m.group(1)),
            rule("no published figures; regions from UN M49 \\(unverified starter\\)",
                    m -> "aucune valeur publiée ; régions selon la norme M49 de l'ONU (données de départ non vérifiées)"),
            rule("US DOL ILAB, Findings on the Worst Forms of Child Labor", m -> "ILAB (département du Travail des"
                    + " États-Unis), conclusions sur les pires formes de travail des enfants"),
            rule("US DOL ILAB List of Goods", m -> "liste des biens de l'ILAB (département du Travail des États-Unis)"),
            rule("US DOL ILAB List of Goods format, rows unverified against the published list", m -> "liste des biens de l'ILAB"
                    + " (département du Travail des États-Unis), lignes non vérifiées sur la liste publiée"),
            rule("inspection (\\S+) at site (\\S+) \\((source unknown|[A-Z_]+)\\)", m -> "inspection n° " + m.group(1) + ", site "
                    + m.group(2) + " (" + ("source unknown".equals(m.group(3)) ? "source inconnue" : code(m.group(3))) + ")"),
            rule("inspection (\\S+) at site (\\S+)", m -> "inspection n° " + m.group(1) + ", site " + m.group(2)),
            rule("declaration request", m -> "demande de déclaration"),
            rule("declarations", m -> "déclarations"),
            rule("declaration of " + DATE, m -> "déclaration du " + m.group(1)),
            rule("declaration of null", m -> "déclaration non datée"),
            rule("supplier record", m -> "fiche du fournisseur"),
            rule("floor rule (\\w+)", m -> "règle plancher " + m.group(1)),
            rule("agency (.+) \\(licence register\\)", m -> "agence " + m.group(1) + " (registre des licences)"),
            rule("licence register", m -> "registre des licences"),
            rule("complaint (\\S+)", m -> "plainte n° " + m.group(1)),
            rule("screening hit (\\S+)", m -> "correspondance de filtrage n° " + m.group(1)),
            rule("screening", m -> "filtrage"),
            // raw values
            rule("no country", m -> "aucun pays"),
            rule("no figure", m -> "aucune valeur"),
            rule("no ISIC code", m -> "aucun code CITI"),
            rule("unknown code (\\S+)", m -> "code inconnu " + m.group(1)),
            rule("tier (\\d+)", m -> "niveau " + m.group(1)),
            rule("not listed", m -> "non listé"),
            rule("(forced and child labour|forced labour|child labour only)", m -> code(m.group(1))),
            rule("no indicator", m -> "aucun indicateur"),
            rule("no date", m -> "aucune date"),
            rule("weight " + NUM, m -> "poids " + m.group(1)),
            rule("age " + NUM + " months", m -> "âge " + m.group(1) + " mois"),
            rule("counted once", m -> "compté une fois"),
            rule("overdue", m -> "en retard"),
            rule("pending", m -> "en attente"),
            rule("missing", m -> "manquante"),
            rule("employer pays: no", m -> "l'employeur paie : non"),
            rule("recruiters for migrants: yes", m -> "recruteurs pour les migrants : oui"),
            rule("seasonal or piece-rate: yes", m -> "saisonnier ou à la pièce : oui"),
            rule("no data", m -> "aucune donnée"),
            rule("awaiting review", m -> "en attente d'examen"),
            rule("fee complaint", m -> "plainte pour frais"),
            rule("within " + NUM + " months", m -> "dans les " + m.group(1) + " mois"),
            // low-confidence reasons
            rule("The supplier's country is unknown\\.", m -> "Le pays du fournisseur est inconnu."),
            rule("The (country-risk|goods-risk) edition (.+?) is not verified against its published source\\.",
                    m -> "L'édition " + m.group(2) + (m.group(1).startsWith("country") ? " du risque pays" : " de la liste des biens à risque")
                            + " n'est pas vérifiée sur sa source publiée."),
            rule("No country-risk figure for (\\w+) in edition (.+?); the mean of region (.+) stands in\\.", m -> "Aucune valeur de"
                    + " risque pays pour " + m.group(1) + " dans l'édition " + m.group(2) + " ; la moyenne de la région " + m.group(3)
                    + " la remplace."),
            rule("No country-risk figure for (\\w+) or its region in edition (.+?); the country adds nothing, which may"
                    + " understate the risk\\.", m -> "Aucune valeur de risque pays pour " + m.group(1) + " ni sa région dans"
                    + " l'édition " + m.group(2) + " ; le pays n'ajoute rien, ce qui peut sous-estimer le risque."),
            rule("No sector \\(ISIC code\\) is recorded for the supplier\\.", m -> "Aucun secteur (code CITI) n'est enregistré pour le fournisseur."),
            rule("ISIC code (\\S+) is not an ISIC Rev\\.4 code\\.", m -> "Le code " + m.group(1) + " n'est pas un code CITI rév. 4."),
            rule("A finding of " + IND + " has no date and was not scored\\.",
                    m -> "Un constat « " + code(m.group(1)) + " » n'a pas de date et n'a pas été noté."),
            rule("Insufficient data: no sector, goods, finding, agency, declaration or screening result is recorded\\.",
                    m -> "Données insuffisantes : aucun secteur, bien, constat, agence, déclaration ni résultat de filtrage n'est enregistré."),
            rule("A possible listing on an entity list awaits review; it adds no points until confirmed\\.",
                    m -> "Une inscription possible sur une liste d'entités attend un examen ; elle n'ajoute aucun point tant qu'elle"
                            + " n'est pas confirmée."),
            rule("(\\d+) possible listings on entity lists await review; they add no points until confirmed\\.",
                    m -> m.group(1) + " inscriptions possibles sur des listes d'entités attendent un examen ; elles n'ajoutent aucun"
                            + " point tant qu'elles ne sont pas confirmées."));

    /** The words inside an arithmetic, longest first; numbers and operators need none. */
    private static final Map<String, String> ARITHMETIC = orderedMap(
            " (unknown source: lowest trust)", " (source inconnue : confiance la plus basse)",
            " (remediation verified)", " (remédiation vérifiée)",
            "1 (last placement unknown: no decay)", "1 (dernier placement inconnu : pas de décroissance)",
            " % of workforce", " % de l'effectif",
            "share unknown", "part inconnue",
            "regional mean c", "c moyen régional",
            "agency score", "score de l'agence",
            " but revoked on ", " mais révoquée le ",
            ", remembered ", ", retenue ",
            " months: ", " mois : ",
            "(licence ", "(licence ",
            " + fee complaint ", " + plainte pour frais ",
            ", capped", ", plafonné",
            "exposure", "exposition",
            "weight", "poids",
            "trust", "confiance");
    private static final Pattern ARITHMETIC_SHAPE = Pattern.compile("[-\\d.]+ × .*|agency score .*|[A-Z_]+ [\\d.]+ − [A-Z_]+ [\\d.]+|weight .* × .*|D -?[\\d.]+ → .*"
            + "|-?[\\d.]+ → -?[\\d.]+|[+]?-?[\\d.]+( %)?");

    private ExplanationFr() {
    }

    /** The whole assessment in French: contributions, floors, high-risk sectors and low-confidence reasons. */
    public static RiskAssessment of(RiskAssessment a) {
        return new RiskAssessment(a.supplierId(), a.asOf(), a.methodologyVersion(), a.score(), a.band(), a.scoreBeforeFloors(),
                a.inherent(), a.evidence(), a.agencies(), a.declaration(), a.contributions().stream().map(ExplanationFr::of).toList(),
                a.floors().stream().map(f -> new AppliedFloor(f.rule(), f.band(), phrase(f.reason()), f.sourceRecords())).toList(),
                a.highRiskSectors().stream().map(ExplanationFr::sector).toList(),
                a.lowConfidenceReasons().stream().map(ExplanationFr::phrase).toList(), a.editionsUsed());
    }

    public static Contribution of(Contribution c) {
        return new Contribution(c.rule(), phrase(c.factor()), phrase(c.source()), c.edition(), raw(c.rawValue()), c.points(),
                c.asOf(), c.sourceRecords());
    }

    /** A high-risk sector's or a sector tier's name in French. */
    public static String sector(String english) {
        return code(english);
    }

    /** A phrase of the explanation in French; one of a shape not known stays as written. */
    public static String phrase(String english) {
        return french(english).orElse(english);
    }

    /** Whether {@link #phrase} (or, for an arithmetic, {@link #raw}) has a French wording for this text. */
    public static boolean knows(String english) {
        return english == null || french(english).isPresent() || ARITHMETIC_SHAPE.matcher(english).matches();
    }

    /** A raw value: a known phrase, else an arithmetic whose few words are put in French. */
    static String raw(String english) {
        if (english == null) {
            return null;
        }
        Optional<String> known = french(english);
        if (known.isPresent()) {
            return known.get();
        }
        String french = english;
        for (Map.Entry<String, String> word : ARITHMETIC.entrySet()) {
            french = french.replace(word.getKey(), word.getValue());
        }
        for (Map.Entry<String, String> code : CODES.entrySet()) {
            if (code.getKey().matches("[A-Z_]+")) {
                french = french.replaceAll("\\b" + code.getKey() + "\\b", code.getValue());
            }
        }
        return french;
    }

    private static Optional<String> french(String english) {
        if (english == null) {
            return Optional.empty();
        }
        if (CODES.containsKey(english)) {
            return Optional.of(CODES.get(english));
        }
        for (Rule rule : PHRASES) {
            Matcher m = rule.shape().matcher(english);
            if (m.matches()) {
                return Optional.of(rule.french().apply(m));
            }
        }
        return Optional.empty();
    }

    private static String byProxy(String english) {
        return english == null ? "" : " (indicateur indirect)";
    }

    private static String said(String english) {
        return english == null ? "" : " (" + code(english) + ")";
    }

    private static String notCountedAgency(String suffix) {
        return suffix == null ? "" : " : non comptée, A ne retient que l'agence la plus risquée";
    }

    private static String code(String english) {
        return CODES.getOrDefault(english, english);
    }

    private static Rule rule(String shape, Function<Matcher, String> french) {
        return new Rule(Pattern.compile(shape), french);
    }

    private static Map<String, String> orderedMap(String... pairs) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return map;
    }

    /** Codes and names the engine writes, from {@code explanation-codes_fr.properties}. */
    private static Map<String, String> codes() {
        java.util.Properties words = new java.util.Properties();
        try (var in = ExplanationFr.class.getResourceAsStream("explanation-codes_fr.properties")) {
            words.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> codes = new LinkedHashMap<>();
        // a key may not hold a space in a properties file: names are written with '_' for ' '
        words.stringPropertyNames().forEach(k -> codes.put(k.startsWith("name.") ? k.substring(5).replace('_', ' ') : k,
                words.getProperty(k)));
        return Map.copyOf(codes);
    }
}
