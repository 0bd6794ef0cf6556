package org.briefing.docximport;

import java.util.ArrayList;
import java.util.List;
import org.briefing.docx.EditedDocx;
import org.briefing.model.Briefing;
import org.briefing.model.Chart;
import org.briefing.model.FieldPath;

/**
 * What staff changed in the DOCX's charts: a value typed in Word's "Edit Data" or LibreOffice's
 * chart editor, another chart type, a chart deleted. The model's charts are its data, not the
 * document's, so none of it is imported; each is said, so that nothing is lost unseen.
 */
final class ChartEdits {
    private ChartEdits() {
    }

    static List<ImportReport.NotImported> of(Briefing briefing, EditedDocx edited) {
        List<ImportReport.NotImported> found = new ArrayList<>();
        List<Chart> charts = briefing.charts();
        List<EditedDocx.ChartData> read = edited.charts();
        for (int i = 0; i < charts.size(); i++) {
            String path = FieldPath.item("charts", i);
            if (i >= read.size()) {
                found.add(notImported(path, "was deleted from the DOCX; delete it in the model to remove it"));
            } else if (!read.get(i).kind().equals(kindOf(charts.get(i)))) {
                found.add(notImported(path, "was made a chart of another type in the DOCX; change its kind in the"
                        + " model"));
            } else if (!sameValues(charts.get(i), read.get(i))) {
                found.add(notImported(path, "had values changed in the DOCX; change them in the model"));
            }
        }
        if (read.size() > charts.size()) {
            found.add(notImported("charts", (read.size() - charts.size()) + " chart(s) added in the DOCX; a chart"
                    + " comes from the model's charts"));
        }
        return found;
    }

    private static ImportReport.NotImported notImported(String path, String what) {
        return new ImportReport.NotImported(0, "", path + " " + what + " (charts are not imported)");
    }

    /** The plot element the DOCX writer makes for {@code chart}, as {@link EditedDocx.ChartData#kind} names it. */
    private static String kindOf(Chart chart) {
        return switch (chart.kind()) {
            case BAR -> "barChart";
            case STACKED_BAR -> "barChart stacked";
            case LINE -> "lineChart";
            case PIE -> "pieChart";
        };
    }

    private static boolean sameValues(Chart chart, EditedDocx.ChartData read) {
        if (read.series().size() != chart.series().size()) {
            return false;
        }
        for (int s = 0; s < chart.series().size(); s++) {
            List<Double> model = chart.series().get(s).values();
            List<Double> docx = read.series().get(s);
            if (docx.size() != model.size()) {
                return false;
            }
            for (int v = 0; v < model.size(); v++) {
                if (Math.abs(docx.get(v) - model.get(v)) > 1e-9 * Math.max(1, Math.abs(model.get(v)))) {
                    return false;
                }
            }
        }
        return true;
    }
}
