/** Save a Blob as a file in the browser. */
export function downloadBlob(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** "corridors-2024-total-MEX" — safe file-name stem from parts (empty and repeated neighbours dropped). */
export function fileStem(...parts: (string | number | null | undefined)[]): string {
  return parts
    .filter((p) => p !== null && p !== undefined && p !== '')
    .map((p) =>
      String(p)
        .normalize('NFKD')
        .replace(/[\u0300-\u036f]/g, '') // accents go, letters stay: Côte → Cote
        .replace(/[^\w.-]+/g, '-')
        .replace(/^-+|-+$/g, ''),
    )
    .filter((p, i, all) => p && p !== all[i - 1])
    .join('-')
    .slice(0, 120);
}
