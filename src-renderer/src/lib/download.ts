/**
 * Saves a file the way a web page does: a Blob behind an <a download>. No Node in the renderer;
 * in Electron the same click becomes the session's download (a save dialog).
 */
export function downloadText(fileName: string, mimeType: string, content: string): void {
  downloadBlob(fileName, new Blob([content], { type: `${mimeType};charset=utf-8` }));
}

/** Saves bytes already in a Blob (a database copy) the same way. */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // The click has handed the Blob to the download; release it once the event loop moves on.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
