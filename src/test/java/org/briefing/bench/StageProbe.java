package org.briefing.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.function.Supplier;
import org.briefing.html.EditionView;
import org.briefing.html.TemplateSet;
import org.briefing.html.XhtmlRenderer;
import org.briefing.load.LoadOptions;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;

public class StageProbe {
    static void time(String name, Supplier<Object> s) {
        for (int i = 0; i < 300; i++) s.get();
        long[] t = new long[200];
        for (int i = 0; i < t.length; i++) { long st = System.nanoTime(); s.get(); t[i] = System.nanoTime() - st; }
        Arrays.sort(t);
        System.out.printf("%-10s median %.3f ms%n", name, t[100] / 1e6);
    }

    public static void main(String[] args) throws Exception {
        XhtmlRenderer x = new XhtmlRenderer(TemplateSet.bundled());
        Briefing b = new ModelLoader(LoadOptions.defaults()).load(Path.of("samples/kyrgyzstan.yaml")).briefing();
        time("view", () -> EditionView.of(b, "en", x.messages(), "A4"));
        EditionView v = EditionView.of(b, "en", x.messages(), "A4");
        time("thymeleaf", () -> x.renderText(v));
        String text = x.renderText(v);
        time("parse", () -> { try { var m = XhtmlRenderer.class.getDeclaredMethod("parse", String.class); m.setAccessible(true); return m.invoke(null, text);} catch (Exception e) { throw new RuntimeException(e);} });
        ModelLoader loader = new ModelLoader(LoadOptions.defaults());
        time("load", () -> { try { return loader.load(Path.of("samples/kyrgyzstan.yaml")); } catch (Exception e) { throw new RuntimeException(e);} });
    }
}
