package org.briefing.load;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * Checks a model's structure against the JSON Schema that ships with the tool
 * ({@code schema/briefing.schema.json}), and turns the validator's findings into problems that
 * name the field and its position in plain words.
 */
final class ModelSchema {
    static final String RESOURCE = "briefing.schema.json";

    private static final Map<String, String> PATTERN_HINTS = Map.of(
            "id", "use lower-case letters, digits and hyphens, at most 64, starting with a letter or digit",
            "code", "use an ISO 3166-1 alpha-2 code in capitals, e.g. KG",
            "date", "use an ISO date, YYYY-MM-DD",
            "url", "use an absolute http://, https:// or mailto: address",
            "languages", "use a BCP 47 language tag such as en, ru, ky or sr-Cyrl");

    private final JsonNode raw;
    private final Schema schema;

    /** The shipped schema, compiled once for the process: it never changes while the tool runs. */
    static ModelSchema shipped() {
        return Shipped.SCHEMA;
    }

    /** Compiled on first use. */
    private static final class Shipped {
        static final ModelSchema SCHEMA = new ModelSchema();
    }

    ModelSchema() {
        try (InputStream in = ModelSchema.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("model schema missing from the class path: " + RESOURCE);
            }
            raw = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(raw);
    }

    /** The schema as JSON (for {@code did you mean} hints and for tools that show it). */
    JsonNode raw() {
        return raw;
    }

    List<Problem> check(Path file, YamlDocument document) {
        // one problem per field and kind: the validator may say the same thing from several branches
        Map<String, Problem> problems = new LinkedHashMap<>();
        for (Error error : schema.validate(document.root())) {
            if (isInsideOneOfBranch(error)) {
                continue; // a localized text: described as a whole by LocalizedTextShape
            }
            for (Problem problem : describe(file, document, error)) {
                problems.putIfAbsent(problem.path() + "\u0000" + problem.message(), problem);
            }
        }
        return new ArrayList<>(problems.values());
    }

    private static boolean isInsideOneOfBranch(Error error) {
        String evaluation = error.getEvaluationPath().toString();
        int oneOf = evaluation.indexOf("oneOf");
        return oneOf >= 0 && !evaluation.endsWith("oneOf");
    }

    private List<Problem> describe(Path file, YamlDocument document, Error error) {
        if (error.getKeyword().equals("oneOf")) { // only localized texts use oneOf
            String path = pathOf(error.getInstanceLocation());
            return LocalizedTextShape.describe(error.getInstanceNode()).stream().map(finding -> {
                String at = finding.language().isEmpty() ? path : YamlDocument.child(path, finding.language());
                return Problem.error(file, document.positionOf(at), at, finding.message());
            }).toList();
        }
        return List.of(describeOne(file, document, error));
    }

    private Problem describeOne(Path file, YamlDocument document, Error error) {
        String path = pathOf(error.getInstanceLocation());
        JsonNode node = error.getInstanceNode();
        String keyword = error.getKeyword();
        switch (keyword) {
            case "required" -> {
                String field = YamlDocument.child(path, error.getProperty());
                return Problem.error(file, document.positionOf(path), field, "required field is missing");
            }
            case "additionalProperties" -> {
                String field = YamlDocument.child(path, error.getProperty());
                String hint = DidYouMean.among(error.getProperty(), knownProperties(error))
                        .map(s -> " (did you mean '" + s + "'?)").orElse("");
                return Problem.error(file, document.keyPositionOf(field), field,
                        "unknown field '" + error.getProperty() + "'" + hint);
            }
            case "type" -> {
                String expected = error.getSchemaNode() == null ? "" : error.getSchemaNode().asString();
                return Problem.error(file, document.positionOf(path), path,
                        "expected " + TypeNames.of(expected) + ", found " + TypeNames.describe(node));
            }
            case "pattern" -> {
                String hint = PATTERN_HINTS.getOrDefault(lastName(error.getInstanceLocation()), "");
                return Problem.error(file, document.positionOf(path), path,
                        "invalid value '" + node.asString() + "'" + (hint.isEmpty() ? "" : ": " + hint));
            }
            case "const" -> {
                return Problem.error(file, document.positionOf(path), path,
                        "must be '" + error.getSchemaNode().asString() + "', found '" + node.asString() + "'");
            }
            case "minItems" -> {
                return Problem.error(file, document.positionOf(path), path, "must list at least one entry");
            }
            case "uniqueItems" -> {
                return Problem.error(file, document.positionOf(path), path, "lists the same entry twice");
            }
            case "minLength" -> {
                return Problem.error(file, document.positionOf(path), path, "must not be empty");
            }
            case "maxLength" -> {
                return Problem.error(file, document.positionOf(path), path,
                        "is longer than " + error.getSchemaNode().asString() + " characters");
            }
            default -> {
                return Problem.error(file, document.positionOf(path), path, error.getMessage()
                        .replaceFirst("^\\S+: ", ""));
            }
        }
    }

    /** Names of the properties the schema knows where an unknown one was found. */
    private List<String> knownProperties(Error error) {
        String location = error.getSchemaLocation().toString();
        int hash = location.indexOf('#');
        String pointer = hash < 0 ? "" : location.substring(hash + 1);
        pointer = pointer.substring(0, Math.max(0, pointer.lastIndexOf('/')));
        JsonNode properties = raw.at(pointer).get("properties");
        List<String> names = new ArrayList<>();
        if (properties != null) {
            properties.propertyNames().forEach(names::add);
        }
        return names;
    }

    static String pathOf(NodePath location) {
        String path = "";
        for (int i = 0; i < location.getNameCount(); i++) {
            Object element = location.getElement(i);
            path = element instanceof Integer index ? YamlDocument.item(path, index)
                    : YamlDocument.child(path, String.valueOf(element));
        }
        return path;
    }

    private static String lastName(NodePath location) {
        for (int i = location.getNameCount() - 1; i >= 0; i--) {
            if (location.getElement(i) instanceof String name) {
                return name;
            }
        }
        return "";
    }
}
