import type { ReactNode } from 'react';

export interface CheckboxItem {
  readonly value: string;
  readonly label: ReactNode;
  /** Said after the label to a screen reader and shown under it (e.g. the links of a problem). */
  readonly detail?: ReactNode;
}

/**
 * A group of checkboxes under one question, one per line with room to click, so long area
 * names in French never run together (issue #16, item 9). `name` keeps the group apart from
 * any other on the page.
 */
export function CheckboxList({
  name,
  legend,
  hint,
  items,
  checked,
  onChange,
}: {
  name: string;
  legend: ReactNode;
  hint?: string;
  items: readonly CheckboxItem[];
  checked: ReadonlySet<string>;
  onChange: (value: string, on: boolean) => void;
}) {
  const hintId = `${name}-hint`;
  return (
    <fieldset className="checkbox-list" aria-describedby={hint ? hintId : undefined}>
      <legend>{legend}</legend>
      {hint && (
        <p className="hint" id={hintId}>
          {hint}
        </p>
      )}
      {items.map((item) => {
        const id = `${name}-${item.value.replace(/[^A-Za-z0-9_-]/g, '-')}`;
        return (
          <div key={item.value} className="checkbox-list__item">
            <input
              type="checkbox"
              id={id}
              name={name}
              value={item.value}
              checked={checked.has(item.value)}
              onChange={(event) => onChange(item.value, event.target.checked)}
            />
            <label htmlFor={id}>{item.label}</label>
            {item.detail && <div className="checkbox-list__detail">{item.detail}</div>}
          </div>
        );
      })}
    </fieldset>
  );
}

/** One checkbox with its label, in the same style as a CheckboxList. */
export function Checkbox({
  id,
  label,
  checked,
  onChange,
  disabled,
}: {
  id: string;
  label: ReactNode;
  checked: boolean;
  onChange: (on: boolean) => void;
  disabled?: boolean;
}) {
  return (
    <div className="checkbox-list__item">
      <input
        type="checkbox"
        id={id}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}
