/** jsdom's Blob has no text(), which Chromium's has; the tests read files the way the app does. */
export function giveBlobsText(): void {
  if (typeof Blob.prototype.text === 'function') return;
  Blob.prototype.text = function text(this: Blob) {
    return new Promise<string>((resolve, reject) => {
      const reader = new FileReader();
      reader.onload = () => resolve(String(reader.result));
      reader.onerror = () => reject(reader.error);
      reader.readAsText(this);
    });
  };
}
