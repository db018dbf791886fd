import { describe, expect, it } from "@jest/globals";
import { XmlError, XmlTokenizer, type XmlHandler } from "../../../src/xlsx/direct/xml-tokens";
import { Attrs, parseAttrs } from "../../../src/xlsx/direct/xml-attrs";
import { decodeXmlText, detached } from "../../../src/xlsx/direct/xml-text";

/** Records every event as a line: "<name attrs", "</name", "text". */
function record(chunks: string[]): string[] {
  const out: string[] = [];
  const h: XmlHandler = {
    open: (name, attrs, self) => out.push(`<${name}${attrs.text.slice(attrs.from, attrs.to)}${self ? "/" : ""}`),
    close: (name) => out.push(`</${name}`),
    wantsText: () => true,
    text: (s) => {
      // Text may come in several runs: join neighbours so the split does not show.
      if (out.length > 0 && out[out.length - 1]!.startsWith("#")) out[out.length - 1] += s;
      else out.push(`#${s}`);
    },
  };
  const t = new XmlTokenizer(h);
  for (const c of chunks) t.feed(c);
  t.end();
  return out;
}

const SAMPLE =
  '<?xml version="1.0"?><!-- c --><x:sheet a="1 > 0" b=\'q\'><c r="A1"><v>1 &amp; 2 &lt;3&gt; &#x1EA0;&#7841;</v></c><t><![CDATA[<not a tag>]]></t><e/></x:sheet>';

describe("the XML tokenizer", () => {
  it("gives tags without their prefix, attributes raw, text decoded, CDATA as text, comments and PIs dropped", () => {
    expect(record([SAMPLE])).toEqual([
      "<sheet a=\"1 > 0\" b='q'",
      '<c r="A1"',
      "<v",
      "#1 & 2 <3> Ạạ",
      "</v",
      "</c",
      "<t",
      "#<not a tag>",
      "</t",
      "<e/",
      "</e",
      "</sheet",
    ]);
  });

  it("gives the same events however the text is cut into chunks, even inside a tag or an entity", () => {
    const whole = record([SAMPLE]);
    for (let size = 1; size <= 17; size++) {
      const chunks: string[] = [];
      for (let i = 0; i < SAMPLE.length; i += size) chunks.push(SAMPLE.slice(i, i + size));
      expect(record(chunks)).toEqual(whole);
    }
  });

  it("refuses a DOCTYPE (DTDs are how XXE and billion laughs work) and expands no other entity", () => {
    expect(() => record(['<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>'])).toThrow(XmlError);
    expect(record(["<x>&a; &#0; &#x110000; &amp;</x>"])).toEqual(["<x", "#&a;   &", "</x"]);
  });

  it("refuses markup cut short, and a tag that never ends before 1 MB", () => {
    expect(() => record(["<x><y"])).toThrow(XmlError);
    const t = new XmlTokenizer({ open() {}, close() {}, wantsText: () => false, text() {} });
    expect(() => {
      t.feed('<x a="');
      for (let i = 0; i < 40; i++) t.feed("a".repeat(64 * 1024));
    }).toThrow(XmlError);
  });

  it("parses attributes with either quote, spaces around =, and entities in values", () => {
    expect([...parseAttrs(' r="A1"  t = \'s\' formatCode="[&lt;=100]0" r:id="rId1" junk')]).toEqual([
      ["r", "A1"],
      ["t", "s"],
      ["formatCode", "[<=100]0"],
      ["r:id", "rId1"],
    ]);
    expect(decodeXmlText("a&quot;b&apos;c")).toBe("a\"b'c");
  });

  it("Attrs finds what parseAttrs finds, without copying names: the last of a repeated name, prefixes by suffix", () => {
    const raws = [
      ' r="A1"  t = \'s\' formatCode="[&lt;=100]0" r:id="rId1" junk',
      ' s="3" r="B7" s="4"',
      ' =x r="C2" t',
      ' name="Báo cáo" sheetId="1" state="veryHidden" x:id="rId9"',
      ' a="unterminated',
      "",
    ];
    const attrs = new Attrs();
    for (const raw of raws) {
      const map = parseAttrs(raw);
      attrs.parse(raw);
      for (const name of ["r", "t", "s", "formatCode", "r:id", "name", "state", "a", "id", "missing"]) {
        expect(attrs.get(name)).toBe(map.get(name));
        expect(attrs.has(name)).toBe(map.has(name));
      }
    }
    expect(attrs.parse(' name="x" r:id="rId3"').endingWith(":id")).toBe("rId3");
    expect(attrs.parse(' name="x"').endingWith(":id")).toBeUndefined();
  });

  it("hands out text equal to the source, as copies (detached) rather than views into the part", () => {
    const long = "Kết quả thực hiện nhiệm vụ 1.1: đã tổ chức 3 lớp tập huấn";
    expect(detached(long)).toBe(long);
    expect(detached("ngắn")).toBe("ngắn");
    const texts: string[] = [];
    const tok = new XmlTokenizer({
      open: () => undefined,
      close: () => undefined,
      wantsText: () => true,
      text: (s) => texts.push(s),
    });
    tok.feed(`<si><t>${long}</t><t><![CDATA[${long}]]></t><t>a &amp; b</t></si>`);
    tok.end();
    expect(texts).toEqual([long, long, "a & b"]);
  });
});
