// @vitest-environment happy-dom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { bundledFramework } from '@/shared/framework/load';
import { computeCompleteness } from '@/shared/report/completeness';
import { createReport } from '@/shared/report/create';
import { reportSteps } from '@/renderer/src/screens/report/report-steps';
import { ReportStepper } from '@/renderer/src/screens/report/ReportStepper';
import { StepPager } from '@/renderer/src/screens/report/StepPager';
import { renderIn } from '../../support/render';

const framework = bundledFramework();
const report = createReport(framework, { id: '3f1c2b9e-8d4a-4c1e-9b2f-1a2b3c4d5e6f', now: '2026-11-23T09:00:00.000Z' });
Object.assign(report.sections['1.1.1'] ?? {}, { status: 'complete', narrative: 'Literacy classes.' });
const completeness = computeCompleteness(report, framework);
const steps = reportSteps(framework);

afterEach(cleanup);

describe('the stepper and the pager, drawn from the one list of steps', () => {
  it('lists profile, the twelve areas, Review, Preview, Export and the Online form in order with their progress, then History and Sync', async () => {
    await renderIn('en', <ReportStepper reportId={report.id} step="1.1" steps={steps} completeness={completeness} />);
    const nav = screen.getByRole('navigation', { name: 'Steps of the report' });
    const [ordered, tools] = within(nav).getAllByRole('list');
    const names = within(ordered as HTMLElement)
      .getAllByRole('link')
      .map((link) => link.textContent);
    expect(names).toHaveLength(17);
    expect(names[0]).toBe('Profile 1 of 9');
    expect(names[1]).toBe('1.1 Individual empowerment and social cohesion 1 of 4');
    expect(names.slice(-4)).toEqual(['Review', 'Preview', 'Export', 'Online form']);
    expect(
      within(tools as HTMLElement)
        .getAllByRole('link')
        .map((link) => link.textContent),
    ).toEqual(['History', 'Sync']);
    expect(screen.getByRole('link', { name: /^1\.1 / }).getAttribute('aria-current')).toBe('step');
    expect(screen.getByRole('link', { name: /^1\.1 / }).getAttribute('href')).toBe(`#/reports/${report.id}/1.1`);
  });

  it('titles each step in the interface language', async () => {
    await renderIn(
      'fr',
      <ReportStepper reportId={report.id} step="profile" steps={steps} completeness={completeness} />,
    );
    expect(screen.getByRole('link', { name: /^1\.1 Autonomisation individuelle/ })).toBeTruthy();
    expect(screen.getByRole('link', { name: /^Profil/ }).getAttribute('aria-current')).toBe('step');
  });

  it('walks the form steps with Previous and Next, and offers none on a tool step', async () => {
    await renderIn('en', <StepPager reportId={report.id} step="3.3" steps={steps} />);
    expect(
      screen.getByRole('link', { name: '← Previous: 3.2 Governance and participation of all stakeholders' }),
    ).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Next: Review and finalise →' }).getAttribute('href')).toBe(
      `#/reports/${report.id}/review`,
    );
    cleanup();
    await renderIn('en', <StepPager reportId={report.id} step="preview" steps={steps} />);
    expect(screen.getByRole('link', { name: '← Previous: Review and finalise' }).getAttribute('href')).toBe(
      `#/reports/${report.id}/review`,
    );
    expect(screen.getByRole('link', { name: 'Next: Export →' }).getAttribute('href')).toBe(
      `#/reports/${report.id}/export`,
    );
    cleanup();
    await renderIn('en', <StepPager reportId={report.id} step="history" steps={steps} />);
    expect(screen.queryByRole('navigation')).toBeNull();
  });
});
