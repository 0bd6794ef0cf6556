package org.briefing.preview;

/** A string as a JSON string literal: the few answers the preview's script reads need no more. */
final class JsonText {
    private JsonText() {
    }

    static String quote(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                default -> {
                    if (c < 0x20 || c == '<' || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c)); // and no "</script>" either
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"').toString();
    }
}
