import { describe, expect, it, vi } from 'vitest';
import * as outputKinds from '@/electron/main/services/export/output-kinds';
import { warmUp } from '@/electron/main/services/export/worker/warm-up';
import { EXPORT_FORMATS } from '@/shared/ipc/channels/export';

describe('the export thread’s warm-up', () => {
  it('builds a sample report with photos in every output kind, through the code a real export runs', async () => {
    const build = vi.spyOn(outputKinds, 'buildOutput');
    await warmUp();
    expect(build.mock.calls.map(([request]) => request.options.format)).toEqual([...EXPORT_FORMATS]);
    const [request] = build.mock.calls[0] ?? [];
    expect(request?.photos.size).toBeGreaterThan(0);
    expect(Object.keys(request?.report.sections ?? {})).toHaveLength(43);
    const document: unknown = await build.mock.results[0]?.value;
    expect(document).toMatchObject({ warnings: [] });
    build.mockRestore();
  });
});
