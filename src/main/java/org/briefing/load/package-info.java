/**
 * Model files to {@link org.briefing.model.Briefing}: safe YAML 1.2 parsing with limits, JSON
 * Schema validation, semantic checks, and positions for every problem. Depends on model only.
 */
package org.briefing.load;
