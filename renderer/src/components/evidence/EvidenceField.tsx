import type { EvidenceRef } from '../../../../shared/report/schema';

/**
 * PLACEHOLDER mount point for a section's evidence (photos and documents with captions),
 * replaced by the Durable drafts issue (attachments are stored by the drafts service).
 */
export function EvidenceField(_props: { reportId: string; featureId: string; value: EvidenceRef[]; onChange: (value: EvidenceRef[]) => void }) {
  return null;
}
