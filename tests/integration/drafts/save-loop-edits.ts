/** The deterministic edit sequence shared by the kill -9 test and its child process. */
export function sectionForEdit(featureIds: readonly string[], edit: number): string {
  const id = featureIds[edit % featureIds.length];
  if (id === undefined) throw new Error('no sections');
  return id;
}

export function editNumberOf(narrative: string): number {
  const match = /^edit (\d+) /.exec(narrative);
  return match ? Number(match[1]) : 0;
}

/** The narrative every section must hold once edits 1..last are applied. */
export function expectedEditPerSection(featureIds: readonly string[], last: number): Map<string, number> {
  const expected = new Map<string, number>(featureIds.map((id) => [id, 0]));
  for (let edit = Math.max(1, last - featureIds.length + 1); edit <= last; edit += 1)
    expected.set(sectionForEdit(featureIds, edit), edit);
  return expected;
}
