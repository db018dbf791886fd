/**
 * Copying text and opening a mail draft from a pane that Office hosts in several browsers, each
 * refusing something: Excel on the web refuses `navigator.clipboard`, a Windows desktop pane does
 * not open `mailto:` links. Each has a fallback, and the last one always works: the text shown,
 * selected, for the official to copy with Ctrl+C. The logic takes its browser as a parameter, so
 * it is tested without one.
 */

export interface CopyEnv {
  /** `navigator.clipboard`, when the page has one */
  clipboard?: { writeText(text: string): Promise<void> } | undefined;
  /** the old way: a hidden text area selected and `document.execCommand("copy")`; true when it copied */
  execCopy?: (text: string) => boolean;
  /** how long to wait for a clipboard that neither resolves nor rejects (ms) */
  timeoutMs?: number;
}

/** "copied", or "manual" when the official must copy the text shown (Ctrl+C). */
export type CopyOutcome = "copied" | "manual";

const CLIPBOARD_TIMEOUT_MS = 1500;

function withTimeout(p: Promise<void>, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    p.then(
      () => {
        clearTimeout(timer);
        resolve(true);
      },
      () => {
        clearTimeout(timer);
        resolve(false);
      },
    );
  });
}

export async function copyText(text: string, env: CopyEnv): Promise<CopyOutcome> {
  if (env.clipboard) {
    try {
      if (await withTimeout(env.clipboard.writeText(text), env.timeoutMs ?? CLIPBOARD_TIMEOUT_MS)) return "copied";
    } catch {
      // writeText itself threw (no permission policy): the next way is tried
    }
  }
  try {
    if (env.execCopy?.(text)) return "copied";
  } catch {
    // execCommand is gone or refused: the text is shown instead
  }
  return "manual";
}

/** The hidden-textarea copy, for pages where `navigator.clipboard` is refused. */
export function execCommandCopy(doc: Document): (text: string) => boolean {
  return (text) => {
    const area = doc.createElement("textarea");
    area.value = text;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.top = "0";
    area.style.left = "-9999px";
    area.style.opacity = "0";
    const active = doc.activeElement as HTMLElement | null;
    doc.body.appendChild(area);
    try {
      area.select();
      // Deprecated, and still the only copy some Office hosts allow.
      return doc.execCommand("copy");
    } finally {
      area.remove();
      active?.focus?.();
    }
  };
}

/** The page's own ways to copy. */
export function browserCopyEnv(): CopyEnv {
  return {
    clipboard: typeof navigator !== "undefined" ? navigator.clipboard : undefined,
    execCopy: typeof document !== "undefined" ? execCommandCopy(document) : undefined,
  };
}

/** A way to open a URL outside the pane; false (or a throw) when it could not. */
export type Opener = (url: string) => boolean;

/**
 * `window.open`, which a pane that cannot open a new window answers with null. ("noopener" is not
 * passed: with it every browser answers null, and a refusal could not be told from a success.)
 */
export function windowOpener(win: Pick<Window, "open">): Opener {
  return (url) => {
    const opened = win.open(url, "_blank");
    if (!opened) return false;
    try {
      opened.opener = null;
    } catch {
      // a cross-origin window: nothing of the pane is reachable from it anyway
    }
    return true;
  };
}

export interface MailDraftText {
  email: string;
  subject: string;
  body: string;
}

/** The letter as text to paste into a new e-mail: address, subject, then the body. */
export function mailAsText(m: MailDraftText, labels: { to: string; subject: string }): string {
  return [...(m.email ? [labels.to] : []), labels.subject, "", m.body].join("\n");
}

/** "opened", or what the copy fallback did with the address, subject and body. */
export type MailOutcome = "opened" | CopyOutcome;

/**
 * Opens the draft with the first opener that manages it; when none does (a Windows desktop pane),
 * the address, subject and body are copied for the official to paste, or shown to copy by hand.
 */
export async function openMail(
  url: string,
  text: string,
  openers: readonly Opener[],
  copy: CopyEnv,
): Promise<MailOutcome> {
  for (const open of openers) {
    try {
      if (open(url)) return "opened";
    } catch {
      // refused by the host: the next way is tried
    }
  }
  return copyText(text, copy);
}
