/**
 * Copy a PNG to the clipboard (async Clipboard API with ClipboardItem), with a typed result so the
 * UI can show the right fallback: 'unsupported' (no API, or not a secure context) → offer the PNG
 * download; 'refused' (permission denied, document not focused, format rejected) → say so and offer it too.
 * The Blob may be passed as a promise: Safari only allows the write when the ClipboardItem is created
 * in the click handler itself, before the image is rendered.
 */
export type CopyImageResult = 'copied' | 'unsupported' | 'refused';

/** What the copy needs from the browser (injectable for tests). */
export interface ClipboardEnv {
  isSecureContext?: boolean;
  navigator?: { clipboard?: { write?: (items: ClipboardItem[]) => Promise<void> } };
  ClipboardItem?: { new (items: Record<string, Blob | Promise<Blob>>): ClipboardItem; supports?: (type: string) => boolean };
}

const browserEnv = (): ClipboardEnv => (typeof globalThis === 'undefined' ? {} : (globalThis as unknown as ClipboardEnv));

export async function copyImage(png: Blob | Promise<Blob>, env: ClipboardEnv = browserEnv()): Promise<CopyImageResult> {
  const Item = env.ClipboardItem;
  const write = env.navigator?.clipboard?.write;
  if (!Item || !write || env.isSecureContext === false) return 'unsupported';
  if (typeof Item.supports === 'function' && !Item.supports('image/png')) return 'unsupported';
  try {
    await write.call(env.navigator!.clipboard, [new Item({ 'image/png': png })]);
    return 'copied';
  } catch {
    return 'refused';
  }
}
