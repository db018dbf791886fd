import * as React from "react";
import { Button, Field, Textarea, makeStyles } from "@fluentui/react-components";
import type { Translate } from "../messages";

const useManualStyles = makeStyles({
  box: { display: "flex", flexDirection: "column", rowGap: "4px", minWidth: 0 },
  text: { width: "100%", minWidth: 0 },
});

/**
 * The last fallback of a copy the host refused: the text, selected, in a box the official copies
 * with Ctrl+C. Focus goes into it so the keys work at once.
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
  React.useEffect(() => {
    ref.current?.focus();
    ref.current?.select();
  }, [text]);
  return (
    <div className={m.box} data-testid="manual-copy">
      <Field label={tr("ui.copy.manualLabel")} hint={hint}>
        <Textarea
          className={m.text}
          ref={ref}
          readOnly
          value={text}
          rows={6}
          resize="vertical"
          onFocus={(e) => e.currentTarget.select()}
        />
      </Field>
      <Button size="small" onClick={onClose}>
        {tr("ui.copy.close")}
      </Button>
    </div>
  );
}
