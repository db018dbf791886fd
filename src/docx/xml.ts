import { SaxesParser } from "saxes";

/**
 * A streaming walk over an XML part: no DOM, no entity expansion (saxes knows only the five
 * predefined entities and refuses any other, so an XXE or "billion laughs" DTD cannot expand),
 * memory bounded by the element depth. Elements deeper than `maxDepth` stop the walk.
 */
export interface XmlHandlers {
  open(name: string, attrs: Record<string, string>): void;
  close(name: string): void;
  text(text: string): void;
}

/** The part is not well-formed XML, has a DOCTYPE, or nests too deep. */
export class XmlMalformed extends Error {}

export function walkXml(xml: string, handlers: XmlHandlers, maxDepth = 256): void {
  const parser = new SaxesParser({ xmlns: false, position: false });
  let depth = 0;
  // Thrown from a handler, an error stops the walk at once.
  parser.on("error", (e) => {
    throw new XmlMalformed(e.message);
  });
  parser.on("opentag", (tag) => {
    if (++depth > maxDepth) throw new XmlMalformed(`elements nested deeper than ${maxDepth}`);
    handlers.open(tag.name, tag.attributes as Record<string, string>);
  });
  // saxes reports a self-closing element's close too.
  parser.on("closetag", (tag) => {
    depth--;
    handlers.close(tag.name);
  });
  // Office never writes a DOCTYPE; one in a document part can only be a trick (entities).
  parser.on("doctype", () => {
    throw new XmlMalformed("a DOCTYPE declaration is not allowed in a document part");
  });
  parser.on("text", (t) => handlers.text(t));
  parser.on("cdata", (t) => handlers.text(t));
  parser.write(xml).close();
}

/** The `w:val` attribute (or another) of a WordprocessingML element. */
export function attr(attrs: Record<string, string>, name = "w:val"): string | undefined {
  return attrs[name];
}
