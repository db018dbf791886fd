import * as React from "react";
import { Button } from "@fluentui/react-components";

/**
 * A file picker whose button speaks the pane's language (the browser's own "Choose Files" does
 * not: it follows the operating system). The input stays in the page, hidden, for keyboard-free
 * tests and for assistive technology through the button.
 */
export function FilePicker(props: {
  label: string;
  accept: string;
  multiple?: boolean;
  disabled?: boolean;
  onFiles: (files: FileList | null) => void;
  testId?: string;
  primary?: boolean;
}) {
  const input = React.useRef<HTMLInputElement>(null);
  const button = React.useRef<HTMLButtonElement>(null);
  return (
    <>
      <Button
        ref={button}
        appearance={props.primary ? "primary" : "secondary"}
        disabled={props.disabled}
        onClick={() => input.current?.click()}
      >
        {props.label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        accept={props.accept}
        multiple={props.multiple}
        data-testid={props.testId}
        onChange={(e) => {
          // The step that reads the files is the one the user is in: focus on its button, as after
          // a click, so the step stays open and the focus comes back there when it is done.
          button.current?.focus();
          props.onFiles(e.target.files);
          // the same file picked again must fire again
          e.target.value = "";
        }}
      />
    </>
  );
}
