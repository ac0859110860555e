"""Writes a county report the way a hand-made Word file looks, with python-docx (not Ripoti).

Kiswahili titles, no framework numbers on most headings: areas and Key Features are items of
numbered lists ("List Number" styles), one Key Feature is a Heading 2 with its number, field
names are bold lines, a measures table with Kiswahili headers, a photo with its caption under
it, bullets, and a section Ripoti cannot place (acknowledgements).

Usage: python3 make_report_with_python_docx.py <out.docx> <photo.png>
"""
import sys

from docx import Document
from docx.shared import Cm

out, photo = sys.argv[1], sys.argv[2]
doc = Document()
doc.add_paragraph('Ripoti ya Mji wa Kujifunza — Kaunti ya Kilifi', style='Title')
doc.add_paragraph('Kipindi cha kuripoti: Aprili 2022 – Septemba 2024')

doc.add_paragraph('Uwezeshaji wa mtu binafsi na mshikamano wa kijamii', style='List Number')
doc.add_paragraph('Kila raia anaweza kujua kusoma na kuandika na kupata stadi za msingi', style='List Number 2')
doc.add_paragraph('Vituo 40 vya kisomo cha watu wazima vilifunguliwa.')
doc.add_paragraph('Wanafunzi 1,200 walisajiliwa.')
bold = doc.add_paragraph()
bold.add_run('Changamoto').bold = True
doc.add_paragraph('Ukame ulifunga vituo vitano.')
doc.add_paragraph('Usafiri', style='List Bullet')
doc.add_paragraph('Fedha', style='List Bullet')
table = doc.add_table(rows=3, cols=4)
for row, cells in enumerate([('Kiashiria', 'Msingi', 'Sasa', 'Lengo'), ('Kiwango cha kisomo (%)', '61', '68', '75'), ('Vituo', '12', '40', '50')]):
    for column, text in enumerate(cells):
        table.cell(row, column).text = text
doc.add_picture(photo, width=Cm(4))
doc.add_paragraph('Picha 1: Darasa la watu wazima, Rabai', style='Caption')

doc.add_paragraph('Raia hushiriki kikamilifu katika maisha ya umma ya mji', style='List Number 2')
doc.add_paragraph('Mabaraza ya wadi yalikutana kila robo mwaka.')

doc.add_heading('2.1.3 Upatikanaji wa elimu ya watu wazima', level=2)
doc.add_paragraph('Vyuo vya ufundi vilipokea wanafunzi 800.')
steps = doc.add_paragraph()
steps.add_run('Hatua zinazofuata').bold = True
doc.add_paragraph('Kujenga vyuo viwili vipya.')

doc.add_heading('Shukrani', level=1)
doc.add_paragraph('Tunawashukuru wadau wote.')
doc.save(out)
