/**
 * Child process of the kill -9 test: reopens the store (running start-up recovery), then saves
 * edit after edit, printing "ack N" only after edit N's save resolved (i.e. is durable).
 * Edit N writes "edit N" into section N mod (number of sections).
 */
import { DraftStore } from '@/electron/main/services/drafts/draft-store';
import { editNumberOf, sectionForEdit } from './save-loop-edits';

const [dataDir, reportId] = process.argv.slice(2);
if (!dataDir || !reportId) throw new Error('usage: save-loop-child <dataDir> <reportId>');
const store = await DraftStore.open(dataDir, { compactAtBytes: 8 * 1024 });
const report = await store.get(reportId);
const featureIds = Object.keys(report.sections);
let edit = Math.max(0, ...Object.values(report.sections).map((section) => editNumberOf(section.narrative))) + 1;
process.stdout.write(`ready ${edit - 1}\n`);
for (;;) {
  const featureId = sectionForEdit(featureIds, edit);
  const savedAt = new Date(Date.UTC(2026, 0, 1, 0, 0, 0, edit)).toISOString();
  const current = (await store.get(reportId)).sections[featureId];
  if (!current) throw new Error(`no section ${featureId}`);
  const section = { ...current, narrative: `edit ${edit} ${'words '.repeat(80)}`, updatedAt: savedAt };
  await store.updateSection(reportId, featureId, section, savedAt);
  process.stdout.write(`ack ${edit}\n`);
  edit += 1;
}
