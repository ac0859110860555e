"""Answers a Ripoti questionnaire the way a department might, with python-docx (not Ripoti).

Each instruction names an answer area by its reference ("2.1.1/challenges") and finds it as
a reader of the document would: the grey "Ripoti ref." line, then the box (table) under it.

Usage: python3 answer_with_python_docx.py <in.docx> <out.docx> <instructions.json>
Instructions (a JSON list):
  {"op": "replace", "ref": "...", "paragraphs": ["...", "..."]}   new text in the box
  {"op": "append", "ref": "...", "paragraphs": ["..."]}            text added at the end of the box
  {"op": "picture", "ref": "...", "png": "path", "caption": "..."} a photo and its caption in the box
  {"op": "table", "ref": "...", "rows": [["..."]]}                 a table inserted in the box
  {"op": "measure", "ref": "...", "row": 1, "column": 4, "value": "..."}  one cell of the measures table
  {"op": "new-measure", "ref": "...", "cells": ["", "...", ...]}   fills the first empty row
  {"op": "tracked", "ref": "...", "delete": "...", "insert": "..."} a tracked change in the box's first paragraph
  {"op": "comment", "ref": "...", "text": "..."}                   a comment on the box's first paragraph
  {"op": "strip-bookmarks"}                                        every bookmark removed (only the visible lines remain)
  {"op": "drop-ref-line-text", "ref": "..."}                       the visible reference text deleted, its bookmark kept
  {"op": "move-first-feature-to-end"}                              the layout reordered: the first Key Feature's page last
"""
import json
import sys

from docx import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml.ns import qn
from docx.table import _Cell, Table

source, target, instructions_path = sys.argv[1:4]
with open(instructions_path, encoding='utf-8') as handle:
    instructions = json.load(handle)
doc = Document(source)
body = doc.element.body


def text_of(element):
    return ''.join(node.text or '' for node in element.iter(qn('w:t')))


def ref_paragraph(ref):
    for paragraph in body.iter(qn('w:p')):
        if text_of(paragraph).strip().endswith('Ripoti ref. ' + ref):
            return paragraph
    raise SystemExit('no reference line for ' + ref)


def box(ref):
    element = ref_paragraph(ref).getnext()
    while element is not None and element.tag != qn('w:tbl'):
        element = element.getnext()
    if element is None:
        raise SystemExit('no box after ' + ref)
    return Table(element, doc._body)


def first_cell(ref):
    return box(ref).cell(0, 0)


def clear(cell):
    for paragraph in list(cell._tc.iter(qn('w:p'))):
        paragraph.getparent().remove(paragraph)


comments = []
for step in instructions:
    op = step['op']
    if op == 'replace':
        cell = first_cell(step['ref'])
        clear(cell)
        for text in step['paragraphs']:
            cell.add_paragraph(text)
    elif op == 'append':
        cell = first_cell(step['ref'])
        for text in step['paragraphs']:
            cell.add_paragraph(text)
    elif op == 'picture':
        cell = first_cell(step['ref'])
        cell.add_paragraph().add_run().add_picture(step['png'])
        cell.add_paragraph(step['caption'])
    elif op == 'table':
        cell = first_cell(step['ref'])
        rows = step['rows']
        table = cell.add_table(rows=len(rows), cols=len(rows[0]))
        for r, row in enumerate(rows):
            for c, text in enumerate(row):
                table.cell(r, c).text = text
        cell.add_paragraph('')
    elif op == 'measure':
        box(step['ref']).cell(step['row'], step['column']).text = step['value']
    elif op == 'new-measure':
        table = box(step['ref'])
        for row in table.rows[1:]:
            if all(not cell.text.strip() for cell in row.cells):
                for cell, text in zip(row.cells, step['cells']):
                    cell.text = text
                break
    elif op == 'tracked':
        paragraph = first_cell(step['ref']).paragraphs[0]._p
        deletion = paragraph.makeelement(qn('w:del'), {qn('w:id'): '901', qn('w:author'): 'Education', qn('w:date'): '2026-10-01T10:00:00Z'})
        deleted_run = paragraph.makeelement(qn('w:r'), {})
        deleted_text = deleted_run.makeelement(qn('w:delText'), {})
        deleted_text.text = step['delete']
        deleted_run.append(deleted_text)
        deletion.append(deleted_run)
        insertion = paragraph.makeelement(qn('w:ins'), {qn('w:id'): '902', qn('w:author'): 'Education', qn('w:date'): '2026-10-01T10:00:00Z'})
        inserted_run = paragraph.makeelement(qn('w:r'), {})
        inserted_text = inserted_run.makeelement(qn('w:t'), {})
        inserted_text.text = step['insert']
        inserted_text.set('{http://www.w3.org/XML/1998/namespace}space', 'preserve')
        inserted_run.append(inserted_text)
        insertion.append(inserted_run)
        paragraph.append(deletion)
        paragraph.append(insertion)
    elif op == 'comment':
        paragraph = first_cell(step['ref']).paragraphs[0]._p
        comment_id = str(len(comments))
        start = paragraph.makeelement(qn('w:commentRangeStart'), {qn('w:id'): comment_id})
        paragraph.insert(1 if len(paragraph) else 0, start)
        paragraph.append(paragraph.makeelement(qn('w:commentRangeEnd'), {qn('w:id'): comment_id}))
        run = paragraph.makeelement(qn('w:r'), {})
        run.append(run.makeelement(qn('w:commentReference'), {qn('w:id'): comment_id}))
        paragraph.append(run)
        comments.append((comment_id, step['text']))
    elif op == 'strip-bookmarks':
        for tag in ('w:bookmarkStart', 'w:bookmarkEnd'):
            for element in list(body.iter(qn(tag))):
                element.getparent().remove(element)
    elif op == 'drop-ref-line-text':
        paragraph = ref_paragraph(step['ref'])
        for run in list(paragraph.iter(qn('w:r'))):
            run.getparent().remove(run)
    elif op == 'move-first-feature-to-end':
        headings = [p for p in body.iter(qn('w:p')) if p.getparent() is body and p.find(qn('w:pPr')) is not None and p.find(qn('w:pPr')).find(qn('w:pStyle')) is not None and p.find(qn('w:pPr')).find(qn('w:pStyle')).get(qn('w:val')) == 'Heading1']
        first, second = headings[0], headings[1]
        moving = []
        element = first.getprevious()  # the page break paragraph before the heading
        while element is not None and element is not second.getprevious():
            moving.append(element)
            element = element.getnext()
        last = body.find(qn('w:sectPr'))
        for element in moving:
            body.remove(element)
            last.addprevious(element)
    else:
        raise SystemExit('unknown op ' + op)

if comments:
    xml = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    for comment_id, text in comments:
        xml += '<w:comment w:id="%s" w:author="Education" w:date="2026-10-02T09:00:00Z"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (comment_id, text)
    xml += '</w:comments>'
    part = Part(PackURI('/word/comments.xml'), 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml', xml.encode('utf-8'), doc.part.package)
    doc.part.relate_to(part, RT.COMMENTS)

doc.save(target)
