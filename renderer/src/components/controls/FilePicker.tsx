import { forwardRef, useImperativeHandle, useRef, type ChangeEvent } from 'react';
import { Button } from './Button';

export interface FilePickerProps {
  readonly id: string;
  /** The button's text, in the interface language ("Add photos"). */
  readonly label: string;
  readonly hintId?: string;
  readonly accept?: string;
  readonly multiple?: boolean;
  readonly disabled?: boolean;
  readonly onFiles: (files: File[]) => void;
}

/**
 * Choosing files with a button in the app's own words and style. The browser's file input
 * says "Choose File / No file chosen" in the browser's language whatever the officer chose
 * (issue #16, item 9), so it stays hidden: the button opens its dialog, and the chosen files
 * are shown by the screen that uses them.
 */
export const FilePicker = forwardRef<{ focus: () => void }, FilePickerProps>(function FilePicker(
  { id, label, hintId, accept, multiple, disabled, onFiles },
  ref,
) {
  const input = useRef<HTMLInputElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  useImperativeHandle(ref, () => ({ focus: () => button.current?.focus() }), []);
  function chosen(event: ChangeEvent<HTMLInputElement>) {
    const files = [...(event.target.files ?? [])];
    // Cleared so choosing the same file again is a change too.
    event.target.value = '';
    if (files.length > 0) onFiles(files);
  }
  return (
    <span className="file-picker">
      <Button ref={button} id={id} aria-describedby={hintId} disabled={disabled} onClick={() => input.current?.click()}>
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        hidden
        tabIndex={-1}
        aria-label={label}
        accept={accept}
        multiple={multiple}
        disabled={disabled}
        onChange={chosen}
      />
    </span>
  );
});
