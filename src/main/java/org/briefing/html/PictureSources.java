package org.briefing.html;

import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.briefing.files.Printable;
import org.briefing.load.PictureFiles;
import org.briefing.model.Image;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Makes every {@code <img>} of an edition the picture itself, a {@code data:} address the PDF,
 * DOCX and HTML writers all take without reading anything: a model's picture
 * ({@code src="picture:0"}, as {@link EditionView.PictureView} names it), or a file of the
 * template folder (an emblem, a letterhead logo: {@code src="emblem.png"}), read under the same
 * confinement and checks as a model's pictures. Any other source (an address, a path out of the
 * folder, a {@code data:} the template wrote) is an error, as is a picture without alternative
 * text, which an accessible document needs.
 */
final class PictureSources {
    private PictureSources() {
    }

    static void apply(Document xhtml, TemplateSet templates, List<EditionView.PictureView> pictures) {
        NodeList images = xhtml.getElementsByTagNameNS("*", "img");
        for (int i = 0; i < images.getLength(); i++) {
            Element img = (Element) images.item(i);
            String src = img.getAttribute("src").strip();
            if (!img.hasAttribute("alt")) {
                throw error(templates, src, "has no alt: every picture needs its alternative text"
                        + " (alt=\"\" for one that only decorates)");
            }
            Image image = picture(templates, pictures, src);
            img.setAttribute("src", dataAddress(image));
            // its size in pixels, for its shape wherever a style sets only its width
            img.setAttribute("width", String.valueOf(image.width()));
            img.setAttribute("height", String.valueOf(image.height()));
        }
    }

    private static Image picture(TemplateSet templates, List<EditionView.PictureView> pictures, String src) {
        if (src.startsWith(EditionView.PictureView.SCHEME)) {
            String index = src.substring(EditionView.PictureView.SCHEME.length());
            if (index.matches("\\d{1,4}") && Integer.parseInt(index) < pictures.size()) {
                return pictures.get(Integer.parseInt(index)).image();
            }
            throw error(templates, src, "names no picture of the model");
        }
        Optional<byte[]> bytes = templates.read(src);
        if (bytes.isEmpty()) {
            throw error(templates, src, "no such file in the template folder (a picture comes from the model,"
                    + " th:src=\"${picture.src}\", or from the template folder)");
        }
        try {
            return PictureFiles.check(src, bytes.get());
        } catch (PictureFiles.PictureException e) {
            throw error(templates, src, e.getMessage());
        }
    }

    private static String dataAddress(Image image) {
        return "data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.bytes());
    }

    private static TemplateException error(TemplateSet templates, String src, String message) {
        return new TemplateException(templates.describe() + "/" + TemplateSet.MAIN + ".html: <img src=\""
                + Printable.text(src.length() > 80 ? src.substring(0, 80) + "…" : src) + "\">: " + message);
    }
}
