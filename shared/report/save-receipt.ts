/** What a save tells the renderer: the time it reached the store, so the UI can say "Saved 10:42" honestly. */
export interface SaveReceipt {
  readonly reportId: string;
  readonly savedAt: string;
}
