/**
 * Orders release versions like semver: 1.10.0 > 1.9.2, and 1.0.0 > 1.0.0-beta.2 > 1.0.0-beta.1.
 * Build metadata (+…) is ignored. Returns <0, 0 or >0.
 */
export function compareVersions(a: string, b: string): number {
  const [coreA = '', preA] = a.replace(/^v/, '').split('+')[0]?.split('-', 2) ?? [];
  const [coreB = '', preB] = b.replace(/^v/, '').split('+')[0]?.split('-', 2) ?? [];
  const core = compareParts(coreA.split('.'), coreB.split('.'));
  if (core !== 0) return core;
  // A release outranks any of its pre-releases.
  if (preA === undefined || preB === undefined) return (preA === undefined ? 1 : 0) - (preB === undefined ? 1 : 0);
  return compareParts(preA.split('.'), preB.split('.'));
}

function compareParts(a: string[], b: string[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const x = a[i] ?? '0';
    const y = b[i] ?? '0';
    const numeric = /^\d+$/.test(x) && /^\d+$/.test(y);
    const order = numeric ? Number(x) - Number(y) : x.localeCompare(y);
    if (order !== 0) return Math.sign(order);
  }
  return 0;
}
