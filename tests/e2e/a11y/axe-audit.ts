import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/**
 * Runs axe-core (every rule it ships, WCAG 2.x A/AA and best practices) on each named state
 * and keeps the count, so a test can say how many screens and states it checked and list every
 * violation at once rather than stopping at the first.
 */
export class AxeAudit {
  readonly states: string[] = [];
  readonly violations: string[] = [];

  async check(page: Page, state: string): Promise<void> {
    const result = await new AxeBuilder({ page }).analyze();
    this.states.push(state);
    for (const violation of result.violations) {
      const where = violation.nodes.map((node) => node.target.join(' ')).join(', ');
      this.violations.push(`${state}: ${violation.id} (${violation.impact ?? 'n/a'}) ${violation.help} at ${where}`);
    }
  }

  /** Asserts zero violations and prints the number of states checked (for the note). */
  finish(label: string): void {
    console.log(`axe-core: ${this.states.length} screens/states checked in “${label}”: ${this.states.join('; ')}`);
    expect(this.violations).toEqual([]);
  }
}
