# openpyxl in read-only mode reading every cell of every sheet of each workbook.
#   python3 bench/openpyxl-read.py LIST   (LIST: a file with one path a line)
import sys
from openpyxl import load_workbook

for path in open(sys.argv[1], encoding="utf-8").read().split("\n"):
    if not path:
        continue
    wb = load_workbook(path, read_only=True, data_only=True)
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            pass
    wb.close()
