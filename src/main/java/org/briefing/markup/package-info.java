/**
 * The inline syntax of model texts, a small part of CommonMark (commonmark-java): emphasis
 * ({@code *words*}), strong ({@code **words**}), a link ({@code [words](https://...)}) and a
 * line break (a backslash at the end of a line). Everything else CommonMark knows (headings,
 * lists, code, images) is the characters typed; HTML and links other than http, https and
 * mailto are errors the loader reports. Depends on model.
 */
package org.briefing.markup;
