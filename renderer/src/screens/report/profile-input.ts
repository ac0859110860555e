import type { ProfileField } from '@/shared/framework/schema';
import type { TextFieldProps } from '../../components/form/TextField';

/** The input a profile question of each kind gets: the right keyboard on a tablet, the right autofill. */
export function profileInput(field: ProfileField): Pick<TextFieldProps, 'type' | 'inputMode' | 'autoComplete'> {
  const autoComplete = field.autoComplete ? { autoComplete: field.autoComplete } : {};
  switch (field.kind) {
    case 'email':
      return { type: 'email', inputMode: 'email', ...autoComplete };
    case 'web-address':
      return { type: 'url', inputMode: 'url', ...autoComplete };
    case 'phone':
      return { type: 'tel', inputMode: 'tel', ...autoComplete };
    case 'year':
      return { type: 'text', inputMode: 'decimal', ...autoComplete };
    default:
      // A partial date ("2020", "2020-09") is typed as text: no date control takes a year alone.
      return { type: 'text', ...autoComplete };
  }
}
