import { describe, expect, it } from "@jest/globals";
import { copyText, mailAsText, openMail, windowOpener, type CopyEnv } from "../../src/taskpane/copy-text";

/** A clipboard that records what it was given, or refuses as Excel on the web does. */
function clipboard(behaviour: "accept" | "reject" | "throw" | "hang") {
  const written: string[] = [];
  return {
    written,
    writeText(text: string): Promise<void> {
      if (behaviour === "throw") throw new Error("not allowed");
      if (behaviour === "reject") return Promise.reject(new DOMException("denied", "NotAllowedError"));
      if (behaviour === "hang") return new Promise<void>(() => undefined);
      written.push(text);
      return Promise.resolve();
    },
  };
}

function execCopy(result: boolean | "throw") {
  const copied: string[] = [];
  return {
    copied,
    fn: (text: string) => {
      if (result === "throw") throw new Error("execCommand gone");
      if (result) copied.push(text);
      return result;
    },
  };
}

describe("copying a reminder", () => {
  it("uses the clipboard when the host allows it, and nothing else", async () => {
    const cb = clipboard("accept");
    const ex = execCopy(true);
    expect(await copyText("thư", { clipboard: cb, execCopy: ex.fn })).toBe("copied");
    expect(cb.written).toEqual(["thư"]);
    expect(ex.copied).toEqual([]);
  });

  it("falls back to the hidden text area when the clipboard is refused, throws or never answers", async () => {
    for (const b of ["reject", "throw", "hang"] as const) {
      const ex = execCopy(true);
      const env: CopyEnv = { clipboard: clipboard(b), execCopy: ex.fn, timeoutMs: 20 };
      expect(await copyText("thư", env)).toBe("copied");
      expect(ex.copied).toEqual(["thư"]);
    }
    const ex = execCopy(true);
    expect(await copyText("thư", { execCopy: ex.fn })).toBe("copied");
  });

  it("asks for Ctrl+C on the text shown when both ways are refused", async () => {
    expect(await copyText("thư", { clipboard: clipboard("reject"), execCopy: execCopy(false).fn })).toBe("manual");
    expect(await copyText("thư", { clipboard: clipboard("reject"), execCopy: execCopy("throw").fn })).toBe("manual");
    expect(await copyText("thư", {})).toBe("manual");
  });
});

describe("opening a reminder as an e-mail", () => {
  const text = mailAsText(
    { email: "skhdt@kontum.gov.vn", subject: "Đề nghị gửi báo cáo", body: "Kính gửi: Sở KHĐT." },
    { to: "Gửi đến: skhdt@kontum.gov.vn", subject: "Tiêu đề: Đề nghị gửi báo cáo" },
  );

  it("puts the address, the subject and the body in the text to paste", () => {
    expect(text).toBe("Gửi đến: skhdt@kontum.gov.vn\nTiêu đề: Đề nghị gửi báo cáo\n\nKính gửi: Sở KHĐT.");
    expect(mailAsText({ email: "", subject: "S", body: "B" }, { to: "Gửi đến: ", subject: "Tiêu đề: S" })).toBe(
      "Tiêu đề: S\n\nB",
    );
  });

  it("opens the draft with the first way that works and copies nothing", async () => {
    const opened: string[] = [];
    const cb = clipboard("accept");
    const refusing = () => {
      throw new Error("not supported");
    };
    const out = await openMail("mailto:a@b?subject=x", text, [refusing, (u) => (opened.push(u), true)], {
      clipboard: cb,
    });
    expect(out).toBe("opened");
    expect(opened).toEqual(["mailto:a@b?subject=x"]);
    expect(cb.written).toEqual([]);
  });

  it("copies address, subject and body when the pane cannot open a window (window.open returns null)", async () => {
    const cb = clipboard("accept");
    const win = { open: () => null };
    expect(await openMail("mailto:a@b", text, [windowOpener(win)], { clipboard: cb })).toBe("copied");
    expect(cb.written).toEqual([text]);
  });

  it("shows the text to copy by hand when opening and copying are all refused", async () => {
    const win = { open: () => null };
    expect(
      await openMail("mailto:a@b", text, [windowOpener(win)], {
        clipboard: clipboard("reject"),
        execCopy: execCopy(false).fn,
      }),
    ).toBe("manual");
  });

  it("cuts the opened window's link back to the pane", () => {
    const child = { opener: {} as unknown };
    const win = { open: () => child as unknown as Window };
    expect(windowOpener(win)("mailto:a@b")).toBe(true);
    expect(child.opener).toBeNull();
  });
});
