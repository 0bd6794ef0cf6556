package org.briefing.batch;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.briefing.files.Printable;
import org.briefing.load.Position;
import org.briefing.load.Problem;

/**
 * Two models that would write the same output file (same country, id and language) are both
 * refused, each error naming the other file. Neither is written: picking a winner by file order
 * could quietly publish the wrong briefing, and the clash is almost always a copied model whose
 * id was not changed.
 */
final class Collisions {
    private Collisions() {
    }

    static List<ModelPlan.Result> refuse(List<ModelPlan.Result> results) {
        Map<String, Path> claimedBy = new HashMap<>();
        Map<Path, Problem> clashes = new LinkedHashMap<>();
        for (ModelPlan.Result result : results) {
            if (!(result instanceof ModelPlan.Ready ready)) {
                continue;
            }
            for (ModelPlan.PlannedDocument document : ready.plan().documents()) {
                Path first = claimedBy.putIfAbsent(document.relative(), result.file());
                if (first != null) {
                    clashes.putIfAbsent(result.file(), clash(result.file(), document.relative(), first));
                    clashes.putIfAbsent(first, clash(first, document.relative(), result.file()));
                }
            }
        }
        return results.stream().map(result -> clashes.containsKey(result.file())
                ? new ModelPlan.Invalid(result.file(), List.of(clashes.get(result.file()))) : result).toList();
    }

    private static Problem clash(Path file, String output, Path other) {
        return Problem.error(file, Position.UNKNOWN, "id", "would write " + output + ", as would "
                + Printable.name(other) + "; neither is written (give one of them another id)");
    }
}
