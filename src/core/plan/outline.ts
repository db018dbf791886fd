import { cleanPhrase } from "../text";
import { CLOSING_LINE, FOOTNOTE } from "./closing";

/**
 * The plan's paragraphs as an outline: Roman parts (I., II.), numbered items (1., 2.; 1.1.),
 * lettered items (a), b., đ), ê)), bullets ("-", "+") and plain paragraphs. A plain paragraph
 * belongs to the item above it. Codes follow the corpus convention: a label is prefixed with
 * its parent's code when the bare label would collide with another item's.
 */
export type NodeKind = "roman" | "number" | "subnumber" | "letter" | "dash" | "plus" | "plain";

export interface OutlineNode {
  kind: NodeKind;
  label: string;
  /** the paragraph's text after its marker, whitespace collapsed */
  text: string;
  children: OutlineNode[];
  parent: OutlineNode | null;
  code: string;
  /** index of the paragraph in the document, for line references */
  index: number;
}

const LEVEL: Record<NodeKind, number> = { roman: 1, number: 2, subnumber: 3, letter: 4, dash: 5, plus: 6, plain: 7 };

const ROMAN_RE = /^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s*(.*)$/u;
const SUBNUMBER_RE = /^(\d{1,2}\.\d{1,2})\.?\s+(.*)$/u;
const NUMBER_RE = /^(\d{1,3})\.\s*(.*)$/u;
const LETTER_RE = /^([a-zđê])[).]\s+(.*)$/u;
const BULLET_RE = /^([-+•*–])\s*(.*)$/u;

function classify(p: string): { kind: NodeKind; label: string; text: string } {
  let m = ROMAN_RE.exec(p);
  // A Roman part's title is written in capitals.
  if (m && m[2]!.slice(0, 12) === m[2]!.slice(0, 12).toLocaleUpperCase("vi"))
    return { kind: "roman", label: m[1]!, text: m[2]! };
  m = SUBNUMBER_RE.exec(p);
  if (m) return { kind: "subnumber", label: m[1]!, text: m[2]! };
  m = NUMBER_RE.exec(p);
  if (m && !/^\d/u.test(m[2]!)) return { kind: "number", label: m[1]!, text: m[2]! };
  m = LETTER_RE.exec(p);
  if (m) return { kind: "letter", label: m[1]!, text: m[2]! };
  m = BULLET_RE.exec(p);
  if (m) return { kind: m[1] === "+" ? "plus" : "dash", label: m[1]!, text: m[2]! };
  return { kind: "plain", label: "", text: p };
}

export function buildOutline(paragraphs: string[]): OutlineNode[] {
  const roots: OutlineNode[] = [];
  const stack: OutlineNode[] = [];
  const place = (c: ReturnType<typeof classify>, index: number): void => {
    const node: OutlineNode = { ...c, children: [], parent: null, code: c.label, index };
    if (c.kind === "plain") {
      const top = stack[stack.length - 1];
      if (top) {
        node.parent = top;
        top.children.push(node);
      } else roots.push(node);
      return;
    }
    while (stack.length > 0 && LEVEL[stack[stack.length - 1]!.kind] >= LEVEL[c.kind]) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    node.parent = parent;
    (parent ? parent.children : roots).push(node);
    stack.push(node);
  };
  // Inside a closing block (recipients, signature, footnotes) until the next numbered part: what
  // follows the signer belongs to no item, and a decision (Quyết định) that carries its plan after
  // the signature resumes at the plan's "I. MỤC ĐÍCH".
  let closed = false;
  paragraphs.forEach((raw, index) => {
    const cut = raw.search(CLOSING_LINE);
    const p = cleanPhrase(cut < 0 ? raw : raw.slice(0, cut));
    const c = p && !FOOTNOTE.test(p) ? classify(p) : null;
    if (cut >= 0) {
      if (c && !closed) place(c, index);
      closed = true;
      stack.length = 0;
      return;
    }
    if (!c) return;
    if (closed && !RESUMES.has(c.kind)) return;
    closed = false;
    place(c, index);
  });
  assignCodes(roots);
  return roots;
}

const RESUMES = new Set<NodeKind>(["roman", "number", "subnumber", "letter"]);

/** Bare labels where they are unique in the document; otherwise the parent's code as a prefix. */
function assignCodes(roots: OutlineNode[]): void {
  const count = new Map<string, number>();
  const walk = (ns: OutlineNode[], f: (n: OutlineNode) => void) =>
    ns.forEach((n) => {
      f(n);
      walk(n.children, f);
    });
  walk(roots, (n) => {
    if (n.kind === "number" || n.kind === "subnumber") count.set(n.label, (count.get(n.label) ?? 0) + 1);
  });
  // A list is prefixed as a whole when any of its numbers collides ("VI.8" beside "VI.3").
  const listCollides = new Map<OutlineNode[], boolean>();
  const collides = (n: OutlineNode) => {
    const list = n.parent ? n.parent.children : roots;
    let c = listCollides.get(list);
    if (c === undefined) {
      c = list.some((x) => (x.kind === "number" || x.kind === "subnumber") && (count.get(x.label) ?? 0) > 1);
      listCollides.set(list, c);
    }
    return c;
  };
  walk(roots, (n) => {
    const p = n.parent;
    if (n.kind === "roman") n.code = n.label;
    else if ((n.kind === "number" || n.kind === "subnumber") && !collides(n)) n.code = n.label;
    else n.code = p && p.code ? `${p.code}.${n.label}` : n.label;
  });
}

/** The node's heading and every paragraph under it, in order. */
export function fullText(n: OutlineNode): string {
  const parts = [n.text];
  for (const c of n.children) parts.push((c.kind === "plain" ? "" : c.label + " ") + fullText(c));
  return parts.join(" ").trim();
}
