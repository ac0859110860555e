/**
 * The photos of recent previews by media name (a content hash, so a name always means the
 * same bytes), for the preview to ask for those it draws. Oldest first out past `limitBytes`.
 */
export class PictureCache {
  private readonly pictures = new Map<string, Uint8Array>();
  private bytes = 0;

  constructor(private readonly limitBytes = 96 * 1024 * 1024) {}

  add(name: string, data: Uint8Array): void {
    const known = this.pictures.get(name);
    if (known) {
      // Seen again: move it to the newest end.
      this.pictures.delete(name);
      this.pictures.set(name, known);
      return;
    }
    this.pictures.set(name, data);
    this.bytes += data.byteLength;
    for (const [oldest, oldestData] of this.pictures) {
      if (this.bytes <= this.limitBytes || oldest === name) break;
      this.pictures.delete(oldest);
      this.bytes -= oldestData.byteLength;
    }
  }

  get(name: string): Uint8Array | undefined {
    return this.pictures.get(name);
  }
}
