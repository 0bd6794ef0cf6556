/**
 * Charts as an edition shows them: {@link org.briefing.chart.ChartSpec} (texts in the edition's
 * language, numbers, carried in the XHTML), its layout in one place ({@link org.briefing.chart.ChartLayout},
 * shapes and labels with the series' colours and patterns), and the painters of that layout: Java 2D
 * for the PDF (vector drawing through openhtmltopdf) and SVG for HTML. The DOCX writes its own
 * Word chart from the same spec. Depends on the JDK and Jackson only.
 */
package org.briefing.chart;
