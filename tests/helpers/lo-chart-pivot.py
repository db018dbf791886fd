# Makes, in a running LibreOffice (soffice --accept=socket,...), a workbook such as a user would
# keep beside the summary: a sheet of figures, a bar chart of them and a pivot table (DataPilot)
# over them, saved as .xlsx.   python3 lo-chart-pivot.py PIPE_NAME OUT.xlsx
# (soffice started with --accept=pipe,name=PIPE_NAME;urp; — a named pipe, so no TCP port can clash)
import sys
import time
import uno
from com.sun.star.beans import PropertyValue
from com.sun.star.awt import Rectangle
from com.sun.star.table import CellAddress, CellRangeAddress

pipe, out = sys.argv[1], sys.argv[2]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext("com.sun.star.bridge.UnoUrlResolver", local)
ctx = None
for _ in range(120):
    try:
        ctx = resolver.resolve(f"uno:pipe,name={pipe};urp;StarOffice.ComponentContext")
        break
    except Exception:
        time.sleep(0.5)
if ctx is None:
    sys.exit("LibreOffice did not answer")
desktop = ctx.ServiceManager.createInstanceWithContext("com.sun.star.frame.Desktop", ctx)


def prop(name, value):
    p = PropertyValue()
    p.Name, p.Value = name, value
    return p


doc = desktop.loadComponentFromURL("private:factory/scalc", "_blank", 0, (prop("Hidden", True),))
sheets = doc.Sheets
sheet = sheets.getByIndex(0)
sheets.insertNewByName("Phân tích", 1)
sheet_name = "Số liệu của tôi"
sheet.Name = sheet_name
rows = [("Huyện", "Quý", "Kinh phí")]
for i, d in enumerate(["Đắk Hà", "Sa Thầy", "Kon Plông", "Ngọc Hồi"]):
    for q in range(1, 5):
        rows.append((d, f"Q{q}", float(100 + 7 * i + q)))
for r, row in enumerate(rows):
    for c, v in enumerate(row):
        cell = sheet.getCellByPosition(c, r)
        if isinstance(v, float):
            cell.setValue(v)
        else:
            cell.setString(v)

data = CellRangeAddress()
data.Sheet, data.StartColumn, data.StartRow, data.EndColumn, data.EndRow = 0, 0, 0, 2, len(rows) - 1
rect = Rectangle()
rect.X, rect.Y, rect.Width, rect.Height = 9000, 500, 12000, 7000
sheet.getCharts().addNewByName("KinhPhi", rect, (data,), True, True)

pivot_sheet = sheets.getByName("Phân tích")
tables = pivot_sheet.getDataPilotTables()
desc = tables.createDataPilotDescriptor()
desc.setSourceRange(data)
fields = desc.getDataPilotFields()
fields.getByIndex(0).Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "ROW")
fields.getByIndex(1).Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "COLUMN")
value = fields.getByIndex(2)
value.Orientation = uno.Enum("com.sun.star.sheet.DataPilotFieldOrientation", "DATA")
value.Function = uno.Enum("com.sun.star.sheet.GeneralFunction", "SUM")
at = CellAddress()
at.Sheet, at.Column, at.Row = 1, 0, 0
tables.insertNewByName("TongHop", at, desc)

# A defined name, an image-free but styled cell: more of the user's own work to keep.
doc.NamedRanges.addNewByName("KinhPhiCot", f"$'{sheet_name}'.$C$2:$C${len(rows)}", CellAddress(), 0)
sheet.getCellByPosition(0, 0).CharWeight = 150.0

doc.storeToURL(uno.systemPathToFileUrl(out), (prop("FilterName", "Calc MS Excel 2007 XML"),))
doc.close(True)
try:
    desktop.terminate()
except Exception:
    pass
