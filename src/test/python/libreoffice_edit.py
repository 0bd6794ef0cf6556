#!/usr/bin/python3
"""Edits a DOCX in LibreOffice the way a person would, then saves it as DOCX.

Drives a running LibreOffice (started with --accept="socket,host=127.0.0.1,port=PORT;urp;")
through its UNO API: it finds paragraphs by their text, puts the cursor where a person would
put it, types, presses Enter, selects and deletes, copies and pastes, and saves with Word's
filter. Used by the import tests; run with Debian's python3 and python3-uno.

    libreoffice_edit.py PORT IN.docx OUT.docx EDITS.json

EDITS.json is a list of steps; each names a paragraph by its whole text ("paragraph") or by a
part of it ("containing"):
    {"op": "replace", "find": "words", "with": "other words"}   select text and type over it
    {"op": "retype", "paragraph": "...", "text": "..."}           select a paragraph's text, type
    {"op": "enter_after", "paragraph": "...", "text": "..."}      Enter at its end, type
    {"op": "delete", "paragraph": "..."}                          select the whole paragraph, Delete
    {"op": "split", "paragraph": "...", "before": "word"}         Enter before a word
    {"op": "type_at_end", "paragraph": "...", "text": "..."}      click at the end, type
    {"op": "type_at_start", "paragraph": "...", "text": "..."}    click at the start, type
    {"op": "copy_after", "paragraph": "...", "after": "..."}      copy a paragraph, paste it after the one
    {"op": "move_after", "paragraph": "...", "after": "..."}      containing "after"; move: cut and paste
    {"op": "format", "find": "words", "bold": true, "italic": false}  select text, Ctrl+B / Ctrl+I
    {"op": "link", "find": "words", "url": "https://..."}         select text, Insert > Hyperlink
    {"op": "line_break", "before": "words"}                       Shift+Enter before the words
    {"op": "delete_footnote", "number": 2}                        select a footnote's number in the text, Delete
    {"op": "track_changes", "on": true}                           Edit > Track Changes > Record
    {"op": "accept_all"}, {"op": "reject_all"}                    Edit > Track Changes > Accept/Reject All
    {"op": "chart_value", "series": "...", "row": 0, "value": 99}  in the chart with that series, its
                                                                  data table: type over a value

OUT.docx may instead end in .txt: the document's text is then saved as UTF-8 text.
"""
import json
import sys
import time

import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.awt.FontSlant import ITALIC, NONE as UPRIGHT
from com.sun.star.awt.FontWeight import BOLD, NORMAL
from com.sun.star.text.ControlCharacter import LINE_BREAK, PARAGRAPH_BREAK


def prop(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def connect(port):
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
    for _ in range(200):
        try:
            return resolver.resolve(
                "uno:socket,host=127.0.0.1,port=%d;urp;StarOffice.ComponentContext" % port)
        except Exception:
            time.sleep(0.1)
    raise SystemExit("LibreOffice does not answer on port %d" % port)


def paragraphs(doc):
    enum = doc.Text.createEnumeration()
    while enum.hasMoreElements():
        element = enum.nextElement()
        if element.supportsService("com.sun.star.text.Paragraph"):
            yield element


def as_read(text):
    """Text as a person reads it: a no-break space is a space, a word joiner nothing."""
    return text.replace("\u00a0", " ").replace("\u2060", "")


def find_paragraph(doc, step, key="paragraph"):
    """The first paragraph whose whole text is step[key], or which contains step["containing"]
    (for key "after": contains step["after"]), as a person reads them."""
    wanted = step.get(key) if key == "paragraph" else None
    part = step.get("containing") if key == "paragraph" else step.get(key)
    for paragraph in paragraphs(doc):
        text = as_read(paragraph.getString())
        if (wanted is not None and text == wanted) or (part is not None and part in text):
            return paragraph
    raise SystemExit("no paragraph %r" % (wanted if wanted is not None else part))


def cursor_at(doc, range_, end):
    cursor = doc.Text.createTextCursorByRange(range_.getEnd() if end else range_.getStart())
    return cursor


def select_paragraph_text(doc, paragraph):
    cursor = doc.Text.createTextCursorByRange(paragraph.getStart())
    cursor.gotoEndOfParagraph(True)
    return cursor


def transfer(doc, paragraph, after, cut):
    controller = doc.getCurrentController()
    selection = doc.Text.createTextCursorByRange(paragraph.getStart())
    selection.gotoEndOfParagraph(True)
    controller.select(selection)
    transferable = controller.getTransferable()
    if cut:
        whole = doc.Text.createTextCursorByRange(paragraph.getStart())
        whole.gotoEndOfParagraph(True)
        whole.goRight(1, True)  # the paragraph mark too
        whole.setString("")
    target = doc.Text.createTextCursorByRange(after.getEnd())
    doc.Text.insertControlCharacter(target, PARAGRAPH_BREAK, False)
    controller.select(target)
    controller.insertTransferable(transferable)


def find_text(doc, words):
    search = doc.createSearchDescriptor()
    search.SearchString = words
    search.SearchCaseSensitive = True
    found = doc.findFirst(search)
    if found is None:
        raise SystemExit("no text %r" % words)
    return found


def apply(doc, step):
    op = step["op"]
    if op == "replace":
        find_text(doc, step["find"]).setString(step["with"])
    elif op == "format":
        found = find_text(doc, step["find"])
        if "bold" in step:
            found.CharWeight = BOLD if step["bold"] else NORMAL
        if "italic" in step:
            found.CharPosture = ITALIC if step["italic"] else UPRIGHT
    elif op == "delete_footnote":
        # the footnote whose number the text shows, counted from 1 in document order
        doc.getFootnotes().getByIndex(step["number"] - 1).getAnchor().setString("")
    elif op == "link":
        find_text(doc, step["find"]).HyperLinkURL = step["url"]
    elif op == "line_break":
        found = find_text(doc, step["before"])
        doc.Text.insertControlCharacter(doc.Text.createTextCursorByRange(found.getStart()), LINE_BREAK, False)
    elif op == "retype":
        select_paragraph_text(doc, find_paragraph(doc, step)).setString(step["text"])
    elif op == "enter_after":
        cursor = cursor_at(doc, find_paragraph(doc, step), True)
        doc.Text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
        doc.Text.insertString(cursor, step["text"], False)
    elif op == "delete":
        paragraph = find_paragraph(doc, step)
        cursor = doc.Text.createTextCursorByRange(paragraph.getStart())
        cursor.gotoEndOfParagraph(True)
        if not cursor.goRight(1, True):  # the last paragraph: take the break before it
            cursor = doc.Text.createTextCursorByRange(paragraph.getEnd())
            cursor.gotoStartOfParagraph(True)
            cursor.goLeft(1, True)
        cursor.setString("")
    elif op == "split":
        paragraph = find_paragraph(doc, step)
        text = paragraph.getString()
        # where the words are as read, counted in the paragraph's own characters
        kept = [i for i, c in enumerate(text) if c != "\u2060"]
        at = kept[as_read(text).index(step["before"])]
        cursor = doc.Text.createTextCursorByRange(paragraph.getStart())
        cursor.goRight(at, False)
        doc.Text.insertControlCharacter(cursor, PARAGRAPH_BREAK, False)
    elif op == "type_at_end":
        doc.Text.insertString(cursor_at(doc, find_paragraph(doc, step), True), step["text"], False)
    elif op == "type_at_start":
        doc.Text.insertString(cursor_at(doc, find_paragraph(doc, step), False), step["text"], False)
    elif op in ("copy_after", "move_after"):
        transfer(doc, find_paragraph(doc, step), find_paragraph(doc, step, "after"), op == "move_after")
    elif op == "track_changes":
        doc.RecordChanges = bool(step["on"])
    elif op == "chart_value":
        set_chart_value(doc, step["series"], int(step["row"]), float(step["value"]))
    elif op in ("accept_all", "reject_all"):
        frame = doc.getCurrentController().getFrame()
        context = uno.getComponentContext() if DISPATCH[0] is None else DISPATCH[0]
        dispatcher = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.DispatchHelper", context)
        command = ".uno:AcceptAllTrackedChanges" if op == "accept_all" else ".uno:RejectAllTrackedChanges"
        dispatcher.executeDispatch(frame, command, "", 0, ())
    else:
        raise SystemExit("unknown step %r" % op)


def set_chart_value(doc, series, row, value):
    """What a person does in the chart's data table (Edit Chart, Data Table): types a new value."""
    objects = doc.getEmbeddedObjects()
    for name in objects.getElementNames():
        chart = objects.getByName(name).getEmbeddedObject()
        data = chart.getData()
        columns = list(data.getColumnDescriptions())
        if series in columns:
            rows = [list(r) for r in data.getData()]
            rows[row][columns.index(series)] = value
            data.setData(tuple(tuple(r) for r in rows))
            return
    raise SystemExit("no chart with a series %r" % series)


# the office's component context, for services that must run inside it
DISPATCH = [None]


def main():
    port, source, target, edits = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
    with open(edits, encoding="utf-8") as f:
        steps = json.load(f)
    context = connect(port)
    DISPATCH[0] = context
    desktop = context.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", context)
    doc = desktop.loadComponentFromURL(uno.systemPathToFileUrl(source), "_blank", 0, (prop("Hidden", True),))
    try:
        for step in steps:
            apply(doc, step)
        if target.endswith(".txt"):
            doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "Text (encoded)"),
                                                             prop("FilterOptions", "UTF8,LF")))
        else:
            doc.storeToURL(uno.systemPathToFileUrl(target), (prop("FilterName", "MS Word 2007 XML"),))
    finally:
        doc.close(True)


if __name__ == "__main__":
    main()
