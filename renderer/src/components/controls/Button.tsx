import { forwardRef, type ButtonHTMLAttributes } from 'react';

export type ButtonVariant = 'primary' | 'secondary' | 'warning';

export interface ButtonProps extends Omit<ButtonHTMLAttributes<HTMLButtonElement>, 'className'> {
  readonly variant?: ButtonVariant;
  readonly small?: boolean;
}

/**
 * Every button of the app, in one style (styles/controls.css): the browser's default grey
 * buttons looked broken next to the form (issue #16, item 9). `type="button"` unless a form
 * submits with it, so Enter in a field never presses a button by accident.
 */
export const Button = forwardRef<HTMLButtonElement, ButtonProps>(function Button(
  { variant = 'secondary', small = false, type = 'button', ...rest },
  ref,
) {
  const classes = ['button', variant === 'secondary' ? '' : `button--${variant}`, small ? 'button--small' : '']
    .filter(Boolean)
    .join(' ');
  return <button ref={ref} type={type} className={classes} {...rest} />;
});
