/**
 * The briefing model: immutable records and {@link org.briefing.model.LocalizedText}. Depends on
 * the JDK only; every other stage depends on it.
 */
package org.briefing.model;
