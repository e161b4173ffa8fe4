package org.clearchain.web;

import io.micronaut.http.MediaType;
import io.micronaut.views.ViewsRenderer;
import io.micronaut.views.ViewsRendererLocator;
import jakarta.inject.Singleton;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/** Renders a template where no controller's {@code @View} does: the error pages drawn by {@link PageErrorFilter}. */
@Singleton
class Templates {

    private final ViewsRendererLocator renderers;

    Templates(ViewsRendererLocator renderers) {
        this.renderers = renderers;
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    String render(String view, Map<String, Object> model) {
        ViewsRenderer renderer = renderers.resolveViewsRenderer(view, MediaType.TEXT_HTML, model)
                .orElseThrow(() -> new IllegalStateException("no renderer for " + view));
        StringWriter out = new StringWriter();
        try {
            renderer.render(view, model, null).writeTo(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }
}
