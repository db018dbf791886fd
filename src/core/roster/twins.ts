/**
 * Agencies whose names differ only in tone marks or in ă/â/a, ơ/ô/o … ("Xã Đắk Ang" and "Xã
 * Đăk Ang" are two communes of Kon Tum): folded for matching, they are one key. When a roster
 * holds such twins, the name as written decides, by the words that tell them apart; a name
 * that does not tell (written without marks) stays ambiguous rather than guessed.
 */
import type { Agency } from "./model";

/** Words of a name as written: NFC, lower case, marks kept. */
function words(name: string): string[] {
  return name
    .normalize("NFC")
    .toLocaleLowerCase("vi")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w !== "");
}

function spellingsOf(a: Agency): Set<string> {
  return new Set([a.name, a.short, ...a.aliases].flatMap(words));
}

/**
 * Which twin a name written with marks means: the one whose own words (those the other twins
 * do not have) the name uses, and no other twin's. Null when the spelling does not decide.
 */
export function pickTwin(name: string, twins: readonly Agency[]): Agency | null {
  const own = twins.map(spellingsOf);
  const typed = words(name);
  let best: Agency | null = null;
  for (const [i, agency] of twins.entries()) {
    const distinct = [...own[i]!].filter((w) => own.every((o, j) => j === i || !o.has(w)));
    if (!typed.some((w) => distinct.includes(w))) continue;
    if (best) return null; // the name uses words of two twins
    best = agency;
  }
  return best;
}
