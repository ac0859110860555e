/**
 * PLACEHOLDER mount point (Reports list) for importing a .ripoti draft file, replaced by the
 * Durable drafts issue. Calls onImported with the new report's id after an import.
 */
export function DraftFileActions(_props: { onImported: (reportId: string) => void }) {
  return null;
}
