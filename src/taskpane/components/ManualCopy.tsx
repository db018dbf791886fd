import * as React from "react";
import { Button, Text, Textarea, makeStyles, tokens } from "@fluentui/react-components";
import type { Translate } from "../messages";

const useManualStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "4px", minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  text: { width: "100%", minWidth: 0 },
});

/**
 * The last fallback of a copy the host refused: the text, selected, in a box the official copies
 * with Ctrl+C. What to do is said first (the box may sit in a short scrolling list), and focus goes
 * into the box so the keys work at once.
 */
export function ManualCopy({
  tr,
  text,
  hint,
  onClose,
}: {
  tr: Translate;
  text: string;
  hint: string;
  onClose: () => void;
}) {
  const m = useManualStyles();
  const ref = React.useRef<HTMLTextAreaElement>(null);
  const hintId = React.useId();
  React.useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <div className={m.box} data-testid="manual-copy">
      <Text id={hintId} className={m.hint} role="status">
        {hint}
      </Text>
      <Textarea
        className={m.text}
        ref={ref}
        readOnly
        value={text}
        rows={4}
        resize="vertical"
        aria-label={tr("ui.copy.manualLabel")}
        aria-describedby={hintId}
        onFocus={(e) => e.currentTarget.select()}
      />
      <Button size="small" onClick={onClose}>
        {tr("ui.copy.close")}
      </Button>
    </div>
  );
}
