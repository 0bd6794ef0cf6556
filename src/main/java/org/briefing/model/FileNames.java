package org.briefing.model;

import java.util.Locale;
import java.util.Set;

/** What makes a model's id usable as part of a file name on every system staff use. */
public final class FileNames {
    /** Names Windows reserves for devices, with or without an extension ("con.en.pdf" too). */
    private static final Set<String> WINDOWS_DEVICES = Set.of("con", "prn", "aux", "nul",
            "com1", "com2", "com3", "com4", "com5", "com6", "com7", "com8", "com9",
            "lpt1", "lpt2", "lpt3", "lpt4", "lpt5", "lpt6", "lpt7", "lpt8", "lpt9");

    private FileNames() {
    }

    public static boolean isWindowsDeviceName(String name) {
        return WINDOWS_DEVICES.contains(name.toLowerCase(Locale.ROOT));
    }
}
