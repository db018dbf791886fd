import * as React from "react";

/**
 * A part the user opens and closes with a button (older versions, a group of findings): whether
 * it is open, the id its panel carries, and the button's toggle with the ARIA attributes that
 * tie the two together for a screen reader.
 */
export function useDisclosure(): {
  open: boolean;
  panelId: string;
  toggle: { "aria-expanded": boolean; "aria-controls": string; onClick: () => void };
} {
  const [open, setOpen] = React.useState(false);
  const panelId = React.useId();
  return {
    open,
    panelId,
    toggle: { "aria-expanded": open, "aria-controls": panelId, onClick: () => setOpen((o) => !o) },
  };
}
