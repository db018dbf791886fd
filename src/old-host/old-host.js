/*
 * Loaded before everything else by taskpane.html, as a file (the page's CSP forbids inline
 * script). Written in ES5 ONLY (tests/old-host parses it with acorn, ecmaVersion 5): it must run
 * in the engines the pane's bundle cannot, Internet Explorer 11 (Trident) and the old Edge
 * (EdgeHTML), which volume-licensed Office 2016 and 2019 use for add-ins. There the bundle's
 * syntax does not even parse and the pane would say "Đang mở…" forever; this says why, in
 * Vietnamese and English, and gives the address of the browser version of the same site.
 * In any other engine it only waits: if the bundle has not started a few seconds after the
 * page loaded, it says that too, rather than leaving "Đang mở…" on screen.
 */
(function () {
  "use strict";
  var ua = window.navigator.userAgent || "";
  var trident = /Trident\/|MSIE /.test(ua);
  // Chromium Edge says "Edg/"; the old EdgeHTML engine says "Edge/<major>.<build>"
  var edgeHtml = /\bEdge\/\d+/.test(ua);
  var STARTUP_GRACE_MS = 6000;

  function browserAddress() {
    var l = window.location;
    return l.protocol + "//" + l.host + l.pathname;
  }

  function el(tag, text, style) {
    var e = document.createElement(tag);
    if (text) e.appendChild(document.createTextNode(text));
    if (style) e.setAttribute("style", style);
    return e;
  }

  var TEXTS = {
    old: {
      vi: [
        "Phần bổ trợ “Theo dõi Kế hoạch” cần Microsoft 365 hoặc Office 2021 trở lên.",
        "Excel này (Office 2016 hoặc 2019) chạy phần bổ trợ bằng Internet Explorer hoặc Edge đời cũ, mà ngăn làm việc không chạy được trên đó.",
        "Bạn vẫn làm được toàn bộ công việc bằng phiên bản trình duyệt: mở địa chỉ dưới đây trong Chrome, Edge, Firefox hoặc Cốc Cốc, mở sổ tổng hợp từ tệp và tải sổ về khi xong."
      ],
      en: [
        "The “Plan Tracker” add-in needs Microsoft 365 or Office 2021 or later.",
        "This Excel (Office 2016 or 2019) runs add-ins in Internet Explorer or the old Edge, which the pane cannot run in.",
        "You can still do all the work in the browser version: open the address below in Chrome, Edge, Firefox or Cốc Cốc, open the consolidation workbook from its file and download it when done."
      ]
    },
    failed: {
      vi: [
        "Ngăn làm việc không khởi động được trong cửa sổ này.",
        "Hãy đóng và mở lại ngăn. Nếu Excel của bạn là Office 2016 hoặc 2019, phần bổ trợ cần Microsoft 365 hoặc Office 2021 trở lên; khi đó hãy dùng phiên bản trình duyệt ở địa chỉ dưới đây (Chrome, Edge, Firefox hoặc Cốc Cốc)."
      ],
      en: [
        "The pane could not start in this window.",
        "Close the pane and open it again. If your Excel is Office 2016 or 2019, the add-in needs Microsoft 365 or Office 2021 or later; then use the browser version at the address below (Chrome, Edge, Firefox or Cốc Cốc)."
      ]
    }
  };

  function show(kind) {
    var root = document.getElementById("root");
    if (!root) return;
    var t = TEXTS[kind];
    var box = el("div", "", "padding:16px;font-family:'Segoe UI',Arial,sans-serif;font-size:14px;line-height:1.45");
    box.setAttribute("data-old-host", kind);
    box.setAttribute("role", "alert");
    var langs = ["vi", "en"];
    for (var i = 0; i < langs.length; i++) {
      var lines = t[langs[i]];
      var part = el("div", "", i === 0 ? "" : "margin-top:16px;color:#404040");
      part.setAttribute("lang", langs[i]);
      for (var j = 0; j < lines.length; j++) {
        part.appendChild(el("p", lines[j], j === 0 ? "font-weight:bold;margin:0 0 8px" : "margin:0 0 8px"));
      }
      box.appendChild(part);
    }
    var address = browserAddress();
    var link = el("a", address, "word-break:break-all;font-family:Consolas,monospace");
    link.setAttribute("href", address);
    link.setAttribute("target", "_blank");
    link.setAttribute("rel", "noopener");
    var p = el("p", "", "margin:12px 0 0;padding:8px;background:#F3F2F1;border:1px solid #C8C6C4");
    p.appendChild(link);
    box.appendChild(p);
    while (root.firstChild) root.removeChild(root.firstChild);
    root.appendChild(box);
  }

  function whenReady(fn) {
    if (document.readyState !== "loading") fn();
    else document.addEventListener("DOMContentLoaded", fn, false);
  }

  if (trident || edgeHtml) {
    // the bundle checks this flag too, in case some engine of that family does parse it
    window.__kehoachOldHost = true;
    whenReady(function () {
      show("old");
    });
    return;
  }
  window.addEventListener(
    "load",
    function () {
      window.setTimeout(function () {
        if (!window.__kehoachStarted) show("failed");
      }, STARTUP_GRACE_MS);
    },
    false
  );
})();
