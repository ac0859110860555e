// The notice crosses IPC unchanged, so its shape lives with the channel in shared/.
export type { RecoveryNoticeView as RecoveryNotice } from '@/shared/ipc/channels/drafts';
