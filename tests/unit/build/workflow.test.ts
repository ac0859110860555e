import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Configuration, TargetConfiguration } from 'electron-builder';
import { getConfig } from 'app-builder-lib/out/util/config/config';
import { load } from 'js-yaml';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The CI workflow for a forge with internet (.github/workflows/ci.yml) cannot run here: this
 * reads it, and electron-builder.yml as electron-builder loads it, and fails if the OS matrix,
 * the real-app suite, an installer target, the size and fuse checks or the draft release with
 * its update files go missing.
 */
const root = path.resolve(import.meta.dirname, '../../..');

interface Step {
  readonly name?: string;
  readonly run?: string;
  readonly uses?: string;
  readonly if?: string;
  readonly with?: Record<string, unknown>;
  readonly env?: Record<string, string>;
}
interface Job {
  readonly if?: string;
  readonly needs?: string | string[];
  readonly 'runs-on': string;
  readonly strategy?: { matrix: { os?: string[]; include?: { os: string; targets: string }[] } };
  readonly env?: Record<string, string>;
  readonly steps: Step[];
}
interface Workflow {
  readonly on: { push: { branches: string[]; tags: string[] } };
  readonly jobs: Record<string, Job>;
}

let workflow: Workflow;
let builder: Configuration;
const scriptsOf = (job: Job | undefined) => (job?.steps ?? []).map((step) => step.run ?? '').join('\n');

beforeAll(async () => {
  workflow = load(readFileSync(path.join(root, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
  builder = await getConfig(root, null, null);
});

describe('the CI workflow', () => {
  it('runs on every push and on v* tags', () => {
    expect(workflow.on.push.branches).toEqual(['**']);
    expect(workflow.on.push.tags).toEqual(['v*']);
  });

  it('tests on Windows, macOS and Linux with the Electron binary installed', () => {
    const test = workflow.jobs['test'];
    expect(test?.strategy?.matrix.os).toEqual(['windows-latest', 'macos-latest', 'ubuntu-latest']);
    expect(test?.['runs-on']).toBe('${{ matrix.os }}');
    const scripts = scriptsOf(test);
    expect(scripts).toContain('npm ci');
    expect(scripts).toContain('node node_modules/electron/install.js');
    expect(scripts).not.toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
    expect(scripts).toMatch(/^npm test$/m);
  });

  it('builds the real-app build and runs the real-app suite everywhere, under Xvfb on Linux', () => {
    const steps = workflow.jobs['test']?.steps ?? [];
    expect(steps.some((step) => step.run === 'npm run package:real-app' && !step.if)).toBe(true);
    const suite = steps.filter((step) => step.run?.includes('npm run test:real-app'));
    expect(suite.map((step) => [step.if, step.run])).toEqual([
      ["runner.os == 'Linux'", 'xvfb-run --auto-servernum npm run test:real-app'],
      ["runner.os != 'Linux'", 'npm run test:real-app'],
    ]);
    const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
    };
    expect(manifest.scripts['test:real-app']).toBe('playwright test -c playwright.electron.config.ts');
    expect(manifest.scripts['package:real-app']).toContain('build/package-real-app.mjs');
  });

  it('on a tag builds every installer target the builder config declares, on its own OS', () => {
    const installers = workflow.jobs['installers'];
    expect(installers?.if).toBe("startsWith(github.ref, 'refs/tags/v')");
    const targetsByOs = Object.fromEntries(
      (installers?.strategy?.matrix.include ?? []).map((entry) => [entry.os, entry.targets.split(' ').slice(1).sort()]),
    );
    const declared = (platform: { target?: unknown } | null | undefined) =>
      [
        ...new Set(
          ([platform?.target ?? []].flat() as (string | TargetConfiguration)[]).map((entry) =>
            typeof entry === 'string' ? entry : entry.target,
          ),
        ),
      ].sort();
    expect(targetsByOs).toEqual({
      'windows-latest': declared(builder.win),
      'macos-latest': declared(builder.mac),
      'ubuntu-latest': declared(builder.linux),
    });
    expect(declared(builder.mac)).toContain('zip');
  });

  it('checks the shipped fuses and the size budget, never builds with the real-app fuse, and keeps the update files', () => {
    const installers = workflow.jobs['installers'];
    const scripts = scriptsOf(installers);
    expect(scripts).toContain('node build/check-release.mjs fuses dist');
    expect(scripts).toContain('node build/check-release.mjs size dist');
    expect(JSON.stringify(installers)).not.toContain('RIPOTI_REAL_APP_TEST_BUILD');
    expect(scripts).not.toContain('package:real-app');
    const upload = installers?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact'));
    expect(String(upload?.with?.['path'])).toContain('dist/latest*.yml');
    expect(String(upload?.with?.['path'])).toContain('dist/*.blockmap');
  });

  it('names the signing secrets without storing any, and says when a build is unsigned', () => {
    const env = workflow.jobs['installers']?.env ?? {};
    for (const name of ['CSC_LINK', 'CSC_KEY_PASSWORD', 'APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID'])
      expect(env[name], name).toMatch(/secrets\./);
    for (const value of Object.values(env)) expect(value).toMatch(/^\$\{\{.*\}\}$/);
    expect(scriptsOf(workflow.jobs['installers'])).toContain('UNSIGNED build');
  });

  it('attaches everything to a DRAFT release after the installers', () => {
    const release = workflow.jobs['release'];
    expect(release?.needs).toBe('installers');
    expect(scriptsOf(release)).toMatch(/gh release create .*--draft .*dist\/\*/);
  });
});
