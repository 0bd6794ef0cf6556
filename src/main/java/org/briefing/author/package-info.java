/**
 * Help for the people who write models: a starter model, and what is left to translate.
 * Depends on load and model.
 */
package org.briefing.author;
