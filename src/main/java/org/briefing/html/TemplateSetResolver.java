package org.briefing.html;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import org.thymeleaf.IEngineConfiguration;
import org.thymeleaf.templateresolver.AbstractConfigurableTemplateResolver;
import org.thymeleaf.templateresource.ITemplateResource;

/**
 * Thymeleaf's way into a {@link TemplateSet}: the main template and every fragment it inserts
 * ({@code th:insert="~{parts/header}"}) are read through {@link TemplateSet#read}, so that a
 * fragment named {@code ../secret.txt}, or a link out of the folder, is not found rather than
 * read. Thymeleaf's own file resolver would read any path it is given.
 */
final class TemplateSetResolver extends AbstractConfigurableTemplateResolver {
    private final TemplateSet templates;

    TemplateSetResolver(TemplateSet templates) {
        this.templates = templates;
        setCheckExistence(true); // a missing fragment is an error naming it, not an empty insert
    }

    @Override
    protected ITemplateResource computeTemplateResource(IEngineConfiguration configuration, String ownerTemplate,
                                                        String template, String resourceName,
                                                        String characterEncoding,
                                                        Map<String, Object> templateResolutionAttributes) {
        return new Resource(templates, resourceName);
    }

    /** One file of the set, read when Thymeleaf first asks whether it exists. */
    private static final class Resource implements ITemplateResource {
        private final TemplateSet templates;
        private final String name;
        private Optional<byte[]> content;

        Resource(TemplateSet templates, String name) {
            this.templates = templates;
            this.name = name;
        }

        private Optional<byte[]> content() {
            if (content == null) {
                content = templates.read(name);
            }
            return content;
        }

        @Override
        public String getDescription() {
            return name;
        }

        @Override
        public String getBaseName() {
            String file = name.substring(name.lastIndexOf('/') + 1);
            int dot = file.lastIndexOf('.');
            return dot > 0 ? file.substring(0, dot) : file;
        }

        @Override
        public boolean exists() {
            return content().isPresent();
        }

        @Override
        public Reader reader() throws IOException {
            byte[] bytes = content().orElseThrow(() -> new FileNotFoundException(
                    name + " is not a file of " + templates.describe()));
            return new StringReader(new String(bytes, StandardCharsets.UTF_8));
        }

        @Override
        public ITemplateResource relative(String relativeLocation) {
            int slash = name.lastIndexOf('/');
            return new Resource(templates, (slash < 0 ? "" : name.substring(0, slash + 1)) + relativeLocation);
        }
    }
}
