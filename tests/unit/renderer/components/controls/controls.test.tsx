// @vitest-environment happy-dom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Button } from '@/renderer/src/components/controls/Button';
import { CheckboxList } from '@/renderer/src/components/controls/CheckboxList';
import { FilePicker } from '@/renderer/src/components/controls/FilePicker';
import { SelectField } from '@/renderer/src/components/controls/SelectField';
import { renderIn } from '../../support/render';

afterEach(cleanup);

describe('the shared controls', () => {
  it('Button is a plain button (never a form submit by accident) in the app’s style', async () => {
    await renderIn(
      'en',
      <Button variant="primary" small>
        Save
      </Button>,
    );
    const button = screen.getByRole('button', { name: 'Save' });
    expect(button.getAttribute('type')).toBe('button');
    expect(button.className).toBe('button button--primary button--small');
  });

  it('SelectField labels its select, links its hint and hands back only the values it offered', async () => {
    const chosen = vi.fn();
    await renderIn(
      'en',
      <SelectField
        id="paper"
        label="Paper size"
        hint="A4 in Kenya"
        value="a4"
        options={[
          { value: 'a4', label: 'A4' },
          { value: 'letter', label: 'Letter' },
        ]}
        onChange={chosen}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Paper size' });
    expect(select.getAttribute('aria-describedby')).toBe('paper-hint');
    fireEvent.change(select, { target: { value: 'letter' } });
    expect(chosen).toHaveBeenCalledWith('letter');
  });

  it('CheckboxList puts each choice on its own labelled line under one question', async () => {
    const changed = vi.fn();
    await renderIn(
      'en',
      <CheckboxList
        name="areas"
        legend="Areas to export"
        items={[
          { value: '1.1', label: '1.1 Individual empowerment' },
          { value: '1.2', label: '1.2 Economic development' },
        ]}
        checked={new Set(['1.1'])}
        onChange={changed}
      />,
    );
    const group = screen.getByRole('group', { name: 'Areas to export' });
    expect(group.querySelectorAll('.checkbox-list__item')).toHaveLength(2);
    expect(screen.getByRole<HTMLInputElement>('checkbox', { name: '1.1 Individual empowerment' }).checked).toBe(true);
    fireEvent.click(screen.getByRole('checkbox', { name: '1.2 Economic development' }));
    expect(changed).toHaveBeenCalledWith('1.2', true);
  });

  it('FilePicker is a button in the officer’s words that opens the hidden file input and hands over the files', async () => {
    const files = vi.fn();
    await renderIn('sw', <FilePicker id="photos" label="Ongeza picha" accept=".jpg" multiple onFiles={files} />);
    const button = screen.getByRole('button', { name: 'Ongeza picha' });
    const input = document.querySelector<HTMLInputElement>('input[type="file"]');
    expect(input?.hidden).toBe(true);
    const opened = vi.fn();
    input?.addEventListener('click', opened);
    fireEvent.click(button);
    expect(opened).toHaveBeenCalledTimes(1);
    const photo = new File(['x'], 'baraza.jpg', { type: 'image/jpeg' });
    if (input) fireEvent.change(input, { target: { files: [photo] } });
    expect(files).toHaveBeenCalledWith([photo]);
  });
});
