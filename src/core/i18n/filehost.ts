import { defineMessages } from "./define";

// Texts of the browser version (the pane outside Excel, on files). Keys: "filehost.something".
export const filehostMessages = defineMessages(
  {
    "filehost.bar.title": "Phiên bản trình duyệt — làm việc trên tệp",
    "filehost.bar.intro":
      "Ngoài Excel, ngăn làm việc trên một sổ tổng hợp trong bộ nhớ của trình duyệt. Mở sổ tổng hợp đã có hoặc bắt đầu sổ mới; khi xong, bấm “Tải sổ tổng hợp” để lưu tệp về máy. Không có gì được gửi đi.",
    "filehost.bar.open": "Mở sổ tổng hợp…",
    "filehost.bar.new": "Sổ mới",
    "filehost.bar.save": "Tải sổ tổng hợp",
    "filehost.bar.file": "Sổ đang làm: {file}",
    "filehost.bar.unsaved": "Có thay đổi chưa tải về. Bấm “Tải sổ tổng hợp” trước khi đóng trang.",
    "filehost.bar.saved": "Không có thay đổi nào chưa tải về.",
    "filehost.bar.downloaded": "Đã tải sổ về: {file} (thư mục Tải về của trình duyệt).",
    "filehost.bar.restored":
      "Đã khôi phục công việc đang làm dở (lưu trong trình duyệt lúc {time}). Tải sổ về để giữ lâu dài.",
    "filehost.bar.selected": "Ô đang chọn: {cell} — tệp tải về sẽ mở ở ô này.",
    "filehost.bar.loading": "Đang mở sổ…",
    "filehost.bar.saving": "Đang chuẩn bị tệp để tải về…",
    "filehost.bar.confirmNew": "Sổ đang làm có thay đổi chưa tải về. Bỏ các thay đổi đó và bắt đầu sổ mới?",
    "filehost.bar.persistFailed":
      "Trình duyệt không cho lưu bản làm dở (chế độ ẩn danh hoặc hết dung lượng): nhớ tải sổ về trước khi đóng trang.",
    "filehost.bar.lostCharts":
      "Biểu đồ trên sheet {sheets} không mang theo được: sổ tải về sẽ thiếu chúng. Bấm lại “Lập tổng hợp” (bước 5) để vẽ lại biểu đồ.",
    "filehost.newName": "Tong-hop-ke-hoach.xlsx",
    "filehost.open.empty": "Tệp {file} rỗng (0 byte): không có sổ nào để mở.",
    "filehost.open.tooLarge": "Tệp {file} nặng {size} MB, quá giới hạn {limit} MB của phiên bản trình duyệt.",
    "filehost.open.notXlsx":
      "Tệp {file} không phải sổ Excel .xlsx. Hãy mở nó trong Excel hoặc LibreOffice và lưu lại dưới dạng “Excel Workbook (.xlsx)”, rồi mở lại.",
    "filehost.open.damaged":
      "Không đọc được sổ {file}: tệp bị hỏng hoặc không đầy đủ ({detail}). Hãy mở bản sao khác của sổ.",
  },
  {
    "filehost.bar.title": "Browser version — working on files",
    "filehost.bar.intro":
      "Outside Excel, the pane works on a consolidation workbook held in the browser's memory. Open an existing consolidation workbook or start a new one; when done, click “Download the workbook” to save the file. Nothing is sent anywhere.",
    "filehost.bar.open": "Open a consolidation workbook…",
    "filehost.bar.new": "New workbook",
    "filehost.bar.save": "Download the workbook",
    "filehost.bar.file": "Workbook: {file}",
    "filehost.bar.unsaved":
      "There are changes not downloaded yet. Click “Download the workbook” before closing the page.",
    "filehost.bar.saved": "No changes left to download.",
    "filehost.bar.downloaded": "Downloaded the workbook: {file} (the browser's Downloads folder).",
    "filehost.bar.restored":
      "Restored the work in progress (kept in this browser at {time}). Download the workbook to keep it for good.",
    "filehost.bar.selected": "Selected cell: {cell} — the downloaded file opens at this cell.",
    "filehost.bar.loading": "Opening the workbook…",
    "filehost.bar.saving": "Preparing the file to download…",
    "filehost.bar.confirmNew": "The workbook has changes not downloaded yet. Discard them and start a new workbook?",
    "filehost.bar.persistFailed":
      "The browser refused to keep the work in progress (private mode or no space left): download the workbook before closing the page.",
    "filehost.bar.lostCharts":
      "The charts on sheet {sheets} cannot be carried over: the downloaded workbook will lack them. Click “Build summary” (step 5) again to redraw the chart.",
    "filehost.newName": "Plan-consolidation.xlsx",
    "filehost.open.empty": "File {file} is empty (0 bytes): there is no workbook to open.",
    "filehost.open.tooLarge": "File {file} is {size} MB, over the browser version's limit of {limit} MB.",
    "filehost.open.notXlsx":
      "File {file} is not an Excel .xlsx workbook. Open it in Excel or LibreOffice, save it as “Excel Workbook (.xlsx)”, and open it again.",
    "filehost.open.damaged":
      "Could not read the workbook {file}: the file is damaged or incomplete ({detail}). Open another copy of the workbook.",
  },
);
