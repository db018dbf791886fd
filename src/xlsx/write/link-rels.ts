/**
 * The relationships of a sheet's external links (mailto: and web links), kept as the XML of the
 * sheet's `.rels` part, in UTF-8, as each link is written: the reminders sheet has a mail link of
 * up to 2,000 characters per agency, and at 20,000 agencies the links kept as objects, then the
 * part made as one string and encoded, held some 100 MB at once.
 */
import { RELS_HEAD, RELS_TAIL, relXml, type Rel } from "./opc";
import type { SheetLinks, SheetRel } from "./sheet-xml";
import { Utf8Buffer } from "./utf8-buffer";
import { joinBytes, utf8 } from "./zip-writer";

export class LinkRelsXml implements SheetLinks {
  private readonly xml = new Utf8Buffer(0);
  private count = 0;

  get length(): number {
    return this.count;
  }

  push(rel: SheetRel): void {
    this.xml.add(relXml({ ...rel, external: rel.external === true }));
    this.count++;
  }

  /** The `.rels` part: `first` (the sheet's drawing, its table), then the links, in the order met. */
  part(first: Rel[]): Uint8Array {
    return joinBytes([utf8(RELS_HEAD + first.map(relXml).join("")), this.xml.take(), utf8(RELS_TAIL)]);
  }
}
