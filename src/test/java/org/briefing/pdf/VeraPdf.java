package org.briefing.pdf;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.stream.Collectors;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;
import org.verapdf.pdfa.validation.profiles.RuleId;

/**
 * veraPDF, the reference validator for PDF/A and PDF/UA, for tests. Its model foundry is set up
 * once per JVM (it takes seconds); every call then validates one PDF against one flavour.
 */
public final class VeraPdf {
    static {
        VeraGreenfieldFoundryProvider.initialise();
    }

    private VeraPdf() {
    }

    /**
     * The rules {@code pdf} breaks, one line each: specification, clause, test number, what the
     * rule demands and how often it failed; empty when the PDF conforms.
     */
    public static List<String> failedRules(byte[] pdf, PDFAFlavour flavour) {
        try (PDFAParser parser = Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour);
             PDFAValidator validator = Foundries.defaultInstance().createValidator(flavour, false)) {
            ValidationResult result = validator.validate(parser);
            return result.getTestAssertions().stream()
                    .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                    .collect(Collectors.groupingBy(TestAssertion::getRuleId, java.util.LinkedHashMap::new,
                            Collectors.toList()))
                    .entrySet().stream()
                    .map(e -> describe(e.getKey(), e.getValue()))
                    .sorted()
                    .toList();
        } catch (Exception e) {
            throw new IllegalStateException("veraPDF could not validate the PDF against " + flavour, e);
        }
    }

    private static String describe(RuleId rule, List<TestAssertion> failures) {
        TestAssertion first = failures.get(0);
        return rule.getSpecification().getId() + " " + rule.getClause() + "-" + rule.getTestNumber() + " ("
                + failures.size() + "x): " + first.getMessage()
                + (first.getErrorMessage() == null ? "" : " | " + first.getErrorMessage())
                + " at " + first.getLocation().getContext();
    }
}
