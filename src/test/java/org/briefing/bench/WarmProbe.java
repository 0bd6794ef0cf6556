package org.briefing.bench;

import java.nio.file.Path;
import java.util.Arrays;
import org.briefing.load.ModelLoader;
import org.briefing.model.Briefing;
import org.briefing.render.Format;
import org.briefing.render.Paper;
import org.briefing.render.Renderer;

public class WarmProbe {
    public static void main(String[] args) throws Exception {
        Renderer r = Renderer.bundled("bench");
        Briefing b = new ModelLoader(r.loadOptions()).load(Path.of("samples/kyrgyzstan.yaml")).briefing();
        Format f = Format.valueOf(args.length > 0 ? args[0] : "PDF");
        for (int i = 0; i < 100; i++) r.render(b, "en", f, Paper.A4);
        long[] t = new long[100];
        for (int i = 0; i < t.length; i++) { long s = System.nanoTime(); r.render(b, "en", f, Paper.A4); t[i] = System.nanoTime() - s; }
        Arrays.sort(t);
        System.out.printf("%s median %.2f ms p90 %.2f ms%n", f, t[50] / 1e6, t[90] / 1e6);
    }
}
