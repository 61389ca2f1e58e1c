/** The file name of a `Content-Disposition: attachment` header (RFC 6266 `filename*` first). */
export function fileNameOf(disposition: string | null): string | null {
  if (!disposition) {
    return null;
  }
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(disposition);
  if (extended?.[1]) {
    try {
      return baseName(decodeURIComponent(extended[1].trim()));
    } catch {
      return null;
    }
  }
  const plain = /filename\s*=\s*(?:"([^"]*)"|([^;]+))/.exec(disposition);
  const name = plain?.[1] ?? plain?.[2]?.trim();
  return name ? baseName(name) : null;
}

// The name becomes a download attribute: no folders.
function baseName(name: string): string | null {
  const base = name.split(/[\\/]/).pop()?.trim() ?? '';
  return base === '' ? null : base;
}

/**
 * Hands a Blob to the browser's download through a short-lived link; the object URL is released
 * right after, so the file stays nowhere in the page.
 */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
